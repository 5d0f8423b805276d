"""The confidence thresholds that decide what Stylist says and searches, in one place."""

LOW_CONFIDENCE = 0.55  # below this an answer names its two best candidates ("navy or blue")
UNSURE_ITEM = 0.4  # below this an outfit's garment is named and searched by its kind only ("top")
SURE_WOMENSWEAR = 0.5  # a dress, skirt or blouse this sure makes a whole outfit women's
GENDER_MAJORITY = 0.9  # share of the nearest products' genders that decides a garment's gender
# A look is for children when more than this share of the garment's nearest products of its category
# are kidswear. Half sufficed while only the catalogue's Boys and Girls were kidswear; with the
# products whose names say so (`vocabulary.is_kidswear`), half made a child's look of 6 of the 61
# adults' garments among the 80 training-side real photos of shared_data/labels/clothing_styles.csv
# (1 before); two thirds: 1 (children's garments found: 1 of 19 either way).
KIDS_MAJORITY = 2 / 3
# A product shot's or shop screenshot's gender: the gender head's P(women) and the women's share of
# the 15 nearest gendered products, 0.7 / 0.3, answered when it is at least GENDER_SURE one way or
# the other, "unisex" (a mix) between. Chosen on 600 men's and women's products of the inner tuning
# split (`shared_data.is_inner_product`), as shots and as screenshots: right 0.903 / 0.905, unisex
# 4% / 4% (neighbours alone at 9 in 10: 0.483 / 0.297, unisex 52% / 69%; head alone at 0.5: 0.917 /
# 0.925). Real photos (the domain gate says so) keep the neighbours' rule: the head never saw one.
GENDER_HEAD_WEIGHT = 0.7
GENDER_SURE = 0.6
# The look keeps to the answered gender's pieces only when that score is this sure; between
# GENDER_SURE and this it shows unisex pieces (`recommend.look_of`), as for a "unisex" answer.
# Chosen on 500 inner-split products (`stylist evaluate coherence --split inner`): outfit items of a
# compatible gender 0.950 -> 0.970, similar items 0.942 -> 0.965, outfit usage 0.861 -> 0.860 (one
# outfit of 500 came back empty). The likelier gender tried after unisex is the neighbours' lean.
LOOK_GENDER_SURE = 0.75
OUTFIT_PERSON_SHARE = 0.02  # skin or hair on this share of a photo (and two garments): an outfit
STYLE_MIX_BELOW = 0.55  # a style this unsure mixes in the runner-up style's pieces
# A look's style: the usage head's probabilities and the usages of the 15 nearest catalogue products,
# 0.6 / 0.4, each style then weighed by STYLE_PRIOR. The head (`stylist train usage`) learned from
# shots and shop screenshots with each usage at most a quarter of them, so it over-answers the rarer
# usages (alone: casual recall 0.77); "party" (25 products) it answers for 54% of real photos.
# Chosen by a grid on the inner tuning split (`shared_data.is_inner_product`, never trained on: all
# 657 of its formal, sports and ethnic products and 600 of its 1,828 casual ones, casual weighted
# back to its share; as shots and as screenshots) and 400 training-side real photos: usage right
# 0.887 / 0.882 (head alone 0.808 / 0.824), each usage's recall at least 0.80 in both domains,
# "party" for 1% of the real photos (casual 68%, sports 26%).
STYLE_HEAD_WEIGHT = 0.6
# On a real photo (the domain gate) the head, which never saw one, answers party or sports for 97% of
# 600 training-side photos (a white button-down shirt: sports 53%): it reads the floor and the light.
# On 80 of them labelled by looking (shared_data/labels/clothing_styles.csv: 72 casual, 3 formal,
# 3 party, 1 sports) the look's style was right for 0.625 with the head at 0.6 and for 0.8875 at any
# weight from 0 to 0.3 (0.875 at 0.4), so a real photo's style is its nearest products' usages
# alone, as its gender is.
STYLE_HEAD_WEIGHT_REAL_PHOTO = 0.0
# ... when the domain gate is this sure it is a real photo: all 400 training-side real photos of the
# style scan scored at least 0.9, and 2 of its 2,514 inner-split shots and screenshots (10 at 0.5;
# held out, the head's sports answers on the shots the gate called real at 0.5 were lost).
REAL_PHOTO_SURE = 0.9
STYLE_PRIOR = {"sports": 0.8, "formal": 0.8, "ethnic": 0.8, "party": 0.5}
# Similar items lean to the garment's colour: each candidate's cosine similarity plus this weight
# times the colour head's calibrated confidence in the candidate's colour, over the nearest products
# and the nearest of the colours it gives at least SIMILAR_COLOUR_ODDS. Chosen on 400 inner-split
# product photos and the 320 labelled training-side real photos (`shared_data/labels`, seen colour or
# its neighbour): weight 0 / 0.1 / 0.2 / 0.3 — items in the query product's own colour 0.622 / 0.738 /
# 0.764 / 0.775, in a real photo's seen colour 0.385 / 0.436 / 0.465 / 0.476, while the same article
# type (0.825 / 0.823 / 0.824 / 0.822), usage (0.789 / 0.792 / 0.788 / 0.788) and kind (0.975 on
# products, 0.977 on photos) held and the mean cosine similarity went 0.717 → 0.710 at 0.2.
SIMILAR_COLOUR_WEIGHT = 0.2
SIMILAR_COLOUR_ODDS = 0.2
