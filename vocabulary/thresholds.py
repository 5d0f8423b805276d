"""The confidence thresholds that decide what Stylist says and searches, in one place."""

LOW_CONFIDENCE = 0.55  # below this an answer names its two best candidates ("navy or blue")
UNSURE_ITEM = 0.4  # below this an outfit's garment is named and searched by its kind only ("top")
SURE_WOMENSWEAR = 0.5  # a dress, skirt or blouse this sure makes a whole outfit women's
GENDER_MAJORITY = 0.9  # share of the nearest products' genders that decides a garment's gender
# A product shot's or shop screenshot's gender: the gender head's P(women) and the women's share of
# the 15 nearest gendered products, 0.7 / 0.3, answered when it is at least GENDER_SURE one way or
# the other, "unisex" (a mix) between. Chosen on 600 men's and women's products of the inner tuning
# split (`shared_data.is_inner_product`), as shots and as screenshots: right 0.903 / 0.905, unisex
# 4% / 4% (neighbours alone at 9 in 10: 0.483 / 0.297, unisex 52% / 69%; head alone at 0.5: 0.917 /
# 0.925). Real photos (the domain gate says so) keep the neighbours' rule: the head never saw one.
GENDER_HEAD_WEIGHT = 0.7
GENDER_SURE = 0.6
OUTFIT_PERSON_SHARE = 0.02  # skin or hair on this share of a photo (and two garments): an outfit
STYLE_MIX_BELOW = 0.55  # a style this unsure mixes in the runner-up style's pieces
# A look's style: the style head's probabilities and the usages of the 15 nearest catalogue products,
# half and half, each style then weighed by how much the head under- or over-answers it: trained on
# 23k casual against 4k sports, 1k formal and 0.4k ethnic product shots with a mild class balance,
# it under-answers those; "party" (25 products, weighed up about 5x by that balance) it answers out
# of domain, for 72% of real photos. Chosen on the head's own early-stopping split of training
# products (1,500: usage right 0.888 against the head's 0.887; sports 0.75 against 0.65, ethnic
# 0.92 against 0.90, formal 0.86 against 0.87) and on 400 training-side real photos ("party" 72% ->
# 0.3%, casual 3% -> 61%).
STYLE_HEAD_WEIGHT = 0.5
STYLE_PRIOR = {"sports": 2.5, "formal": 2.0, "ethnic": 2.0, "party": 0.5}
