"""What Stylist says about favourites, in English and Korean: a product kept ("save #2"), a look
kept ("save this look": the first of each part of the outfit in view), the list, one let go."""

from __future__ import annotations

FAVOURITES: dict[str, dict[str, str]] = {
    "favourites": {"en": "Your favourites ({count})", "ko": "찜한 상품 ({count})"},
    "favourites_empty": {
        "en": "No favourites yet. Under any answer, say “save #2” to keep that product here.",
        "ko": "아직 찜한 상품이 없어요. 답변 아래에서 “2번 찜해줘”라고 말씀하시면 여기에 모아 둘게요.",
    },
    "favourite_kept": {
        "en": "♥ Kept {product} in your favourites (“my favourites” shows them).",
        "ko": "♥ {product} 상품을 찜했어요 (“찜 목록”으로 볼 수 있어요).",
    },
    "favourite_already": {
        "en": "{product} is already in your favourites.",
        "ko": "{product} 상품은 이미 찜 목록에 있어요.",
    },
    "favourite_removed": {
        "en": "Removed {product} from your favourites.",
        "ko": "{product} 상품을 찜 목록에서 뺐어요.",
    },
    "not_a_favourite": {
        "en": "{product} isn't in your favourites.",
        "ko": "{product} 상품은 찜 목록에 없어요.",
    },
    "look_kept": {
        "en": "♥ Kept the look in your favourites: its {count} picks, the first of each part "
        "(“my favourites” shows them).",
        "ko": "♥ 코디를 찜했어요: 각 부분의 첫 번째 상품 {count}개예요 (“찜 목록”으로 볼 수 있어요).",
    },
    "no_look": {
        "en": "There's no outfit in view to keep — ask me for one (“an outfit for a date”), or keep "
        "one product with “save #2”.",
        "ko": "찜할 코디가 없어요. 먼저 코디를 물어보시거나(“데이트룩 추천”), 상품 하나는 “2번 "
        "찜해줘”로 찜할 수 있어요.",
    },
}
