"""What Stylist says when it judges: which of those shown it would pick and why, whether a piece suits
an occasion or goes with another, a pair of garments asked about together, which colours go with one,
and an album's pieces together (the wording's logic is in `verdicts`)."""

from __future__ import annotations

VERDICTS: dict[str, dict[str, str]] = {
    # the stylist's pick among what is shown: "which one would you pick?", "#1 or #3?", "why #2?"
    "pick": {"en": "If I had to choose:", "ko": "하나씩 고른다면:"},
    "belt_to_shoes": {  # "what belt goes with brown shoes?": the leather matched
        "en": "Match the belt to the shoes' leather: a {colour} belt with {colour} shoes.",
        "ko": "벨트는 구두 가죽 색에 맞추세요: {colour} 구두에는 {colour} 벨트가 어울려요.",
    },
    "pick_one": {"en": "If I had to choose one:", "ko": "하나만 고른다면:"},
    "pick_versatile": {
        "en": "The easiest to wear with anything (plain, in a calm colour):",
        "ko": "가장 무난한 건 (무늬 없는 차분한 색):",
    },
    "weighed": {  # "skirt or trousers?", "치마가 좋을까 바지가 좋을까?"
        "en": "Either can work — for this look I'd go with the {kind}. Both kinds, my pick first:",
        "ko": "둘 다 괜찮지만 이 코디에는 {kind} 쪽을 추천해요. 추천 순으로 함께 보여 드릴게요:",
    },
    "weighed_why": {
        "en": "Either can work — for this look I'd go with the {kind}: {why}. Both kinds, my pick first:",
        "ko": "둘 다 괜찮지만 이 코디에는 {why} {kind} 쪽을 추천해요. 추천 순으로 함께 보여 드릴게요:",
    },
    "weighed_what": {  # "skirt or trousers?" with nothing in view
        "en": "Either can work — it depends on where you're going and what you wear with it. Tell me the "
        "occasion (“for a date”) or send a photo of the top, and I'll pick. For example:",
        "ko": "둘 다 괜찮아요. 어디 가는지, 무엇과 입는지에 따라 달라요. 어떤 자리인지(“데이트”) 알려 "
        "주시거나 함께 입을 상의 사진을 보내 주시면 골라 드릴게요. 예를 들어:",
    },
    "pick_comfortable": {
        "en": "The most comfortable of these (flat soles, a relaxed cut):",
        "ko": "이 중에 가장 편한 건 (낮은 굽, 여유 있는 핏):",
    },
    "pick_comfortable_none": {
        "en": "None of these looks made for comfort (flat soles, a relaxed cut) — if I had to choose:",
        "ko": "이 중에 편해 보이는 건(낮은 굽, 여유 있는 핏) 없어요. 하나만 고른다면:",
    },
    "pick_popular": {
        "en": "I don't see sales figures, so I can't name the best seller — my own pick would be:",
        "ko": "판매 데이터가 없어서 베스트셀러는 알 수 없어요. 제가 고른다면:",
    },
    "pick_style": {"en": "The most {style} of these:", "ko": "이 중 가장 {style} 스타일:"},
    "pick_style_none": {
        "en": "None of these reads {style} — if I had to choose:",
        "ko": "이 중에 {style} 스타일은 없어요. 하나씩 고른다면:",
    },
    "pick_between": {"en": "Of {among}, I'd take #{n}:", "ko": "{among} 중에서는 {n}번이 좋아요:"},
    "why_title": {"en": "Why #{n}:", "ko": "{n}번을 고른 이유:"},
    "why_first": {"en": "My first choice for the {slot}.", "ko": "{slot} 중 제 첫 번째 추천이에요."},
    "why_rank": {"en": "My choice number {rank} for the {slot}.", "ko": "{slot} 중 {rank}번째 추천이에요."},
    "why_her": {
        "en": "Part of her look, chosen to go with the shared colour.",
        "ko": "공통 색에 맞춘 여성 코디의 일부예요.",
    },
    "why_his": {
        "en": "Part of his look, chosen to go with the shared colour and with hers.",
        "ko": "공통 색과 여성 코디에 맞춘 남성 코디의 일부예요.",
    },
    "why_gift": {
        "en": "One of the kinds often given as a gift, the most typical of its kind.",
        "ko": "선물로 많이 하는 종류 중 가장 대표적인 상품이에요.",
    },
    "why_anchor": {"en": "The outfit starts from it.", "ko": "코디의 시작이 되는 아이템이에요."},
    "why_search": {"en": "It fits what you asked for: {what}.", "ko": "찾으신 조건에 맞아요: {what}."},
    "why_similar": {
        "en": "Number {rank} by how close it looks to your piece.",
        "ko": "보내신 옷과 닮은 순서로 {rank}번째예요.",
    },
    "pick_both": {
        "en": "Those aren't alternatives: they're for different parts of the look, and each goes with it.",
        "ko": "서로 다른 아이템이라 둘 다 코디에 어울려요. 하나를 고를 필요는 없어요.",
    },
    "nothing_to_pick": {
        "en": "Nothing to choose from yet. Send a photo, or tell me what you need, for example:",
        "ko": "아직 고를 상품이 없어요. 사진을 보내거나 원하는 걸 말씀해 주세요. 예를 들어:",
    },
    "verdict_yes": {
        "en": "Yes — {it} {reads} {style}, right for {target}. Here's how I'd wear {them}:",
        "ko": "네, {item}은(는) {style} 스타일이라 {target}에 잘 맞아요. 이렇게 입어 보세요:",
    },
    "verdict_too_fine": {
        "en": "No, it's fine — {it} {reads} {style}, right for {target}. Here's how I'd wear {them}:",
        "ko": "아니요, 괜찮아요. {item}은(는) {style} 스타일이라 {target}에 잘 맞아요. 이렇게 입어 보세요:",
    },
    "verdict_too_much": {
        "en": "Yes, a little: {it} {reads} {style}, and {target} asks for {wanted}.",
        "ko": "네, 조금 그래요. {item}은(는) {style} 스타일인데 {target}에는 {wanted} 스타일이 어울려요.",
    },
    "verdict_too_much_plain": {  # no occasion or season: the style alone ("is this too casual?")
        "en": "Yes, a little: {it} {reads} {style}.",
        "ko": "네, 조금 그래요. {item}은(는) {style} 스타일이에요.",
    },
    "verdict_no_style_plain": {
        "en": "Not really: {it} {reads} {style}, not {wanted}.",
        "ko": "조금 어려워요. {item}은(는) {wanted}보다는 {style} 스타일이에요.",
    },
    "verdict_maybe": {
        "en": "It could work: {it} {reads} {style}, and {target} usually asks for {wanted}. "
        "Here's how to keep the rest {wanted}:",
        "ko": "괜찮을 수 있어요. {item}은(는) {style} 스타일이고, {target}에는 보통 {wanted} 스타일을 "
        "입어요. 나머지를 {wanted} 스타일로 맞춘 코디예요:",
    },
    "verdict_warm": {
        "en": "Yes — {it_is} made for the cold, right for {target}. Here's how I'd wear {them}:",
        "ko": "네, {item}은(는) 추운 날씨용이라 {target}에 잘 맞아요. 이렇게 입어 보세요:",
    },
    "verdict_layer": {
        "en": "Not on its own for {target}: {light}, so wear a coat or a padded jacket over "
        "{them}. Here's how:",
        "ko": "{item}만으로는 {target}에 추울 수 있어요. 코트나 패딩을 겹쳐 입으세요. 이렇게요:",
    },
    "verdict_no_style": {
        "en": "Not really: {it} {reads} {style}, and {target} asks for {wanted}.",
        "ko": "조금 어려워요. {item}은(는) {style} 스타일인데 {target}에는 {wanted} 스타일이 어울려요.",
    },
    "verdict_no_season": {
        "en": "Not really: {it_is} made for {climate}, not for {target}.",
        "ko": "조금 어려워요. {item}은(는) {climate}에 입는 옷이라 {target}에는 맞지 않아요.",
    },
    "verdict_no_colour": {
        "en": "The style works, but {target} asks for {colours} rather than {colour}.",
        "ko": "스타일은 괜찮지만 {target}에는 {colour}보다 {colours} 계열이 좋아요.",
    },
    "verdict_no_shade": {
        "en": "Not in {colour}: {target} asks for {colours}.",
        "ko": "{colour}은(는) 피하는 게 좋아요. {target}에는 {colours} 계열이 좋아요.",
    },
    "verdict_no_pattern": {
        "en": "The style and colour work, but {target} asks for plain pieces rather than {pattern} ones.",
        "ko": "스타일과 색은 괜찮지만 {target}에는 {pattern}보다 무지가 좋아요.",
    },
    "verdict_no_white": {
        "en": "Better not: at a wedding a white dress is the bride's colour.",
        "ko": "피하는 게 좋아요. 결혼식에서 흰 원피스는 신부의 색이에요.",
    },
    "verdict_instead": {"en": " Some that would suit:", "ko": " 대신 이런 건 어때요:"},
    "verdict_none": {
        "en": " I have nothing here that would suit, sorry.",
        "ko": " 지금은 맞는 상품이 없어요.",
    },
    "verdict_suits": {
        "en": "It reads {style} — good for {occasions}.{season} Ask me about any occasion "
        "(“is it ok for a wedding?”).",
        "ko": "{item}은(는) {style} 스타일이에요. {occasions}에 잘 어울려요.{season} 다른 상황도 "
        "물어보세요(“결혼식에 입어도 돼?”).",
    },
    "suits_cold": {
        "en": " It's made for the cold: autumn and winter.",
        "ko": " 추운 날씨용이라 가을·겨울에 좋아요.",
    },
    "suits_warm": {
        "en": " It's a warm-weather piece: spring and summer.",
        "ko": " 더운 날씨용이라 봄·여름에 좋아요.",
    },
    "suits_carried": {"en": " It goes with any season.", "ko": " 계절에 상관없이 잘 어울려요."},
    "suits_": {
        "en": " It goes most of the year — layer it as the weather asks.",
        "ko": " 계절을 크게 타지 않아 날씨에 맞게 겹쳐 입으면 돼요.",
    },
    "colour_pair_yes": {
        "en": "Yes — {colour} and {other} go together ({rule}).",
        "ko": "네, {colour}와(과) {other}은(는) 잘 어울려요({rule}).",
    },
    "colour_pair_no": {
        "en": "Not really: {colour} and {other} clash. ",
        "ko": "추천하지 않아요. {colour}와(과) {other}은(는) 서로 부딪혀요. ",
    },
    "pair_named": {"en": "{first} with {second}? ", "ko": "{first}에 {second}? "},
    "pair_yes_colour": {
        "en": "Yes — {colour} and {other} go together ({rule}).",
        "ko": "네, {colour}와(과) {other}은(는) 잘 어울려요({rule}).",
    },
    "pair_yes": {
        "en": "Yes — {kind} suit a {style} look like this one.",
        "ko": "네, {kind}은(는) 이런 {style} 스타일과 잘 어울려요.",
    },
    "pair_maybe": {
        "en": "It could work: {kind} are mostly {usual}, so they make it less {style}.",
        "ko": "괜찮을 수 있어요. {kind}은(는) 대부분 {usual} 스타일이라 조금 덜 {style}하게 보여요.",
    },
    "pair_no_style": {
        "en": "Better not: {kind} are {usual} wear, and this look is {style}.",
        "ko": "추천하지 않아요. {kind}은(는) {usual} 스타일이라 이런 {style} 코디에는 어울리지 않아요.",
    },
    "pair_no_code": {  # of a casual look at an occasion whose dress code refuses the kind
        "en": "Better not: {kind} are casual wear, and {target} asks for formal.",
        "ko": "추천하지 않아요. {kind}은(는) 캐주얼 스타일이라 {target}에는 어울리지 않아요.",
    },
    "pair_no_shoes": {
        "en": "Better not for a formal look: black shoes go with a black suit, brown ones with navy, grey, "
        "blue or brown.",
        "ko": "격식 있는 코디라면 추천하지 않아요. 검정 정장엔 검은 구두를, 갈색 구두는 네이비, 회색, "
        "파랑, 갈색 정장에 신어요.",
    },
    "pair_no": {
        "en": "I'd rather not: {colour} and {other} clash.",
        "ko": "추천하지 않아요. {colour}와(과) {other}은(는) 서로 부딪혀요.",
    },
    "pair_then_yes_colour": {"en": " Some {kind} to pick from:", "ko": " 이런 {kind}은(는) 어때요:"},
    "pair_then": {"en": " Some to pick from:", "ko": " 이런 건 어때요:"},
    "pair_then_look": {"en": " Here's the look:", "ko": " 이렇게 입어 보세요:"},
    "pair_then_suits": {"en": " Here's the look with what suits it:", "ko": " 이 코디에 맞는 아이템이에요:"},
    "pair_then_no": {
        "en": " Here are {kind} in colours that go with {colour}:",
        "ko": " {colour}와(과) 어울리는 색의 {kind}이에요:",
    },
    "pair_then_none": {
        "en": " I have none of them here to show, sorry.",
        "ko": " 지금 보여 드릴 상품은 없어요.",
    },
    "verdict_unseen": {
        "en": "Send me a photo of what you'd wear and I'll tell you whether it suits. Meanwhile, one idea:",
        "ko": "입으실 옷 사진을 보내 주시면 어울리는지 알려 드릴게요. 우선 이런 코디는 어때요:",
    },
    "advice_neutral": {
        "en": "{colour} {goes} with nearly anything: {calm} for a calm look, {accents} for a pop of colour.",
        "ko": "{colour}은(는) 거의 모든 색과 어울려요. 차분하게는 {calm}, 포인트로는 {accents}.",
    },
    "colour_looks": {"en": "It looks {colour}.", "ko": "보기에는 {colour} 색이에요."},  # "what colour is it?"
    "colour_between": {
        "en": "It looks {colour} — or {other}: the photo leaves it between the two.",
        "ko": "보기에는 {colour} 색이에요. 사진상 {other}일 수도 있어요.",
    },
    "colour_listed": {
        "en": "{product} is listed as {colour}.",
        "ko": "{product}: 상품 정보상 {colour} 색이에요.",
    },
    "advice_colour": {
        "en": "{colour} {is} easiest with neutrals: {calm}.",
        "ko": "{colour}은(는) {calm} 같은 기본색과 가장 쉽게 어울려요.",
    },
    "advice_tonal": {"en": " Tone on tone: {tonal}.", "ko": " {tonal}와(과) 톤온톤도 좋아요."},
    "advice_bold": {"en": " For a bold contrast: {bold}.", "ko": " {bold}와(과)는 과감한 대비예요."},
    "tie_colours": {
        "en": "For {occasion}, a {colours} tie, plain or finely patterned, reads best.",
        "ko": "{occasion}에는 {colours} 넥타이가 좋아요. 무지나 잔잔한 패턴으로 고르세요.",
    },
    "tie_for_suit": {
        "en": "With a {suit} suit, a {colours} tie reads best.",
        "ko": "{suit} 정장에는 {colours} 넥타이가 잘 어울려요.",
    },
    "tie_colours_plain": {
        "en": "For {occasion}, a plain {colours} tie.",
        "ko": "{occasion}에는 무늬 없는 {colours} 넥타이를 매세요.",
    },
    "suit_colours": {
        "en": "For {occasion}, a {colours} suit reads best — plain, or with a fine stripe or check.",
        "ko": "{occasion}에는 {colours} 정장이 좋아요. 무지나 잔잔한 스트라이프·체크로 고르세요.",
    },
    "suit_colours_plain": {
        "en": "For {occasion}, a plain {colours} suit.",
        "ko": "{occasion}에는 무늬 없는 {colours} 정장을 입으세요.",
    },
    "suit_colours_any": {
        "en": "Navy and grey suits go almost anywhere; black is for the evening, a funeral or a party. "
        "Tell me the occasion and I'll narrow it down.",
        "ko": "네이비와 그레이 정장은 거의 어디에나 어울리고, 블랙은 저녁 자리·장례식·파티에 좋아요. 어떤 "
        "자리인지 알려 주시면 좁혀 드릴게요.",
    },
    "balance_colour_yes": {
        "en": "Yes, a lot of {colour}: {count} of its {total} pieces — one in {contrast} would break it up.",
        "ko": "네, {colour}이(가) 많아요: {total}벌 중 {count}벌. {contrast} 아이템 하나로 나눠 주세요.",
    },
    "balance_colour_no": {
        "en": "No — {colour} is {count} of its {total} pieces, with enough else around it.",
        "ko": "아니요, {total}벌 중 {count}벌만 {colour}이라 괜찮아요.",
    },
    "balance_colour_none": {"en": "No — there's no {colour} in it.", "ko": "아니요, {colour}은(는) 없어요."},
    "balance_kept": {
        "en": "It's dark, and that's right for {occasion}, which keeps to quiet colours.",
        "ko": "어두운 편이지만 {occasion}에는 그게 맞아요. 차분한 색이 예의예요.",
    },
    "balance_dark_yes": {
        "en": "Yes, it's all dark: one light piece — white, beige or grey — would lift it.",
        "ko": "네, 전체가 어두워요. 화이트, 베이지, 그레이 같은 밝은 아이템 하나로 환하게 해 보세요.",
    },
    "balance_dark_no": {
        "en": "No — there's light enough in it to balance the dark.",
        "ko": "아니요, 밝은 아이템이 있어서 어둡지 않아요.",
    },
    "balance_light_yes": {
        "en": "Yes, it's all pale: one darker piece — navy, black or brown — would ground it.",
        "ko": "네, 전체가 연해요. 네이비, 블랙, 브라운 같은 어두운 아이템 하나로 잡아 주세요.",
    },
    "balance_light_no": {
        "en": "No — there's a darker piece to ground it.",
        "ko": "아니요, 어두운 아이템이 잡아 줘서 괜찮아요.",
    },
    "balance_colourful_yes": {
        "en": "Yes, a little busy: {count} colours compete ({accents}) — keep one, neutrals for the rest.",
        "ko": "네, 조금 산만해요: {accents} {count}가지 색이 섞였어요. 하나만 포인트로, 나머지는 기본색으로.",
    },
    "balance_colourful_no": {
        "en": "No — just {accents}: calm enough.",
        "ko": "아니요, {accents} 정도면 색이 많지 않아요.",
    },
    "balance_colourful_none": {"en": "No — it's all neutrals.", "ko": "아니요, 전부 기본색이에요."},
    "balance_plain_yes": {
        "en": "A little: it's all neutrals — one piece in colour or a pattern would lift it.",
        "ko": "조금요: 전부 기본색이라, 컬러나 패턴 있는 아이템 하나로 포인트를 주세요.",
    },
    "balance_plain_no": {
        "en": "No — the {accents} keeps it lively.",
        "ko": "아니요, {accents}이(가) 포인트가 돼서 심심하지 않아요.",
    },
    "compared": {"en": "#{n} {name}: {facts}", "ko": "{n}번 {name}: {facts}"},
    "compared_alike": {
        "en": "Alike in pattern, style and season — #{n} ranks higher for what you asked.",
        "ko": "패턴, 스타일, 계절이 비슷해요. 찾으시는 조건에는 {n}번이 더 잘 맞아요.",
    },
    "album_good": {"en": "Your {count} pieces go well together", "ko": "{count}벌이 잘 어울려요"},
    "album_fair": {"en": "Your {count} pieces work together", "ko": "{count}벌, 함께 입을 만해요"},
    "album_poor": {
        "en": "Your {count} pieces don't quite go together",
        "ko": "{count}벌이 잘 어울리지 않아요",
    },
    "album_swap": {"en": "Swap #{n} for one of these", "ko": "{n}번 대신 이걸로 바꿔 보세요"},
    "album_complete": {"en": "To complete the look", "ko": "코디를 완성하려면"},
    "album_rejected": {
        "en": "I couldn't read photo {numbers} of the album (not clothing, or not an image).",
        "ko": "앨범의 {numbers}번 사진은 읽지 못했어요(옷이 아니거나 이미지가 아니에요).",
    },
    "note_colours": {"en": "#{a} and #{b}: {rule}", "ko": "{a}번과 {b}번: {rule}"},
    "note_clash": {"en": "#{a} and #{b}: their colours clash", "ko": "{a}번과 {b}번: 색이 충돌해요"},
    "note_style_mix": {
        "en": "#{odd} is {style}, the rest {main}",
        "ko": "{odd}번은 {style}, 나머지는 {main} 스타일이에요",
    },
    "note_same_slot": {
        "en": "#{a} and #{b} are both {slot}: wear one of them",
        "ko": "{a}번과 {b}번은 둘 다 {slot}예요. 하나만 입으세요",
    },
    "rule_neutrals": {"en": "two neutrals, always safe", "ko": "기본색끼리, 언제나 무난해요"},
    "rule_neutral + accent": {"en": "a neutral sets off the colour", "ko": "기본색이 포인트 색을 살려요"},
    "rule_neutral + print": {"en": "a neutral calms the print", "ko": "기본색이 패턴을 받쳐 줘요"},
    "rule_tonal": {"en": "tone on tone", "ko": "톤온톤"},
    "rule_complementary": {"en": "complementary colours, bold", "ko": "보색 대비, 과감해요"},
    "rule_unknown": {"en": "colours I can't judge", "ko": "색을 판단하기 어려워요"},
    "rule_clash": {"en": "they clash", "ko": "서로 부딪혀요"},
    "rule_formal_shoes": {"en": "not with formal shoes", "ko": "정장 구두로는 어울리지 않아요"},
    "btn_save_album": {"en": "➕ Save all to wardrobe", "ko": "➕ 모두 옷장에 저장"},
    "slot_album": {"en": "Your pieces", "ko": "보내신 옷"},
}
