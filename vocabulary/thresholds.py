"""The confidence thresholds that decide what Stylist says and searches, in one place."""

LOW_CONFIDENCE = 0.55  # below this an answer names its two best candidates ("navy or blue")
UNSURE_ITEM = 0.4  # below this an outfit's garment is named and searched by its kind only ("top")
SURE_WOMENSWEAR = 0.5  # a dress, skirt or blouse this sure makes a whole outfit women's
GENDER_MAJORITY = 0.9  # share of the nearest products' genders that decides a garment's gender
OUTFIT_PERSON_SHARE = 0.02  # skin or hair on this share of a photo (and two garments): an outfit
STYLE_MIX_BELOW = 0.55  # a style this unsure mixes in the runner-up style's pieces
