"""The conversation: one message or button press in, the answer out — the same for Telegram
(`bot/handlers.py`) and the terminal (`stylist chat`).

Each chat has a focus (the last photo or garment, or a product it described or picked) and the
filters said so far (`Wish`). A typed message is parsed (`understanding`) and then: small talk and
help answer at once; a described garment searches the catalogue by its metadata or, asked what goes
with it, becomes the focus an outfit is built around; a refinement ("in black", "under 50,000 won",
"not #3", "another one") re-runs the last answer with the filter applied (`answers.py`). The first
outfit asked for while the user has not said who they shop for asks once, under the answer
(`shopper.py`); verdicts ("is this ok for a funeral?") are `verdicts.py`'s, the wardrobe's `wardrobe.py`'s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog import Catalog
from inference import ImageRejected
from understanding import Understood, language_of_text, normalise, parse
from understanding.occasions import in_season
from vocabulary import season_in, slot_of

from .account import Account
from .advice import INTENTS as ADVICE
from .advice import Advice, preface
from .albums import MAX_PHOTOS, Albums
from .analyse import Analyse
from .answers import SETS, TRIPS, Answers
from .ask import Ask
from .buttons import refused
from .chat_states import load_conversation, save_conversation
from .conversation import Conversation
from .daily import Daily
from .described import Described
from .favourites import Favourites
from .look_price import LookPrice
from .opinion import advice_on, base_colour, colour_pair, colours_asked
from .picks import first_kind, prefer_of
from .pictures import pictures
from .recolour import Recolour
from .recommend import Recommend
from .refinement import Refinement
from .replies import (
    EXAMPLES,
    SMALL_TALK,
    Action,
    Reply,
    Turn,
    examples,
    photo_actions,
    said_plainly,
    shop_for_question,
)
from .search import Search
from .shopper import ShopperQuestions
from .verdicts import Verdicts
from .wardrobe import Wardrobe
from .wish import GIFT, Wish

KOREA = timedelta(hours=9)  # the shoppers' clock (UTC+9): whose "today" it is
SHOPPING = ("outfit", "similar", "cheaper", "search", "refine")
CAPTIONED = (*SHOPPING, "verdict", "save", "care", "palette", "pack", "fit", "tip")  # a caption may ask


@dataclass
class Dialogue:
    """The conversation's use case; state lives in the database, so any process can answer."""

    sessions: async_sessionmaker[AsyncSession]
    analyse: Analyse
    recommend: Recommend
    search: Search
    account: Account
    catalog: Catalog
    today: Callable[[], date] = field(default=lambda: (datetime.now(UTC) + KOREA).date())  # its season
    wardrobe: Wardrobe = field(init=False)
    favourites: Favourites = field(init=False)
    recolour: Recolour = field(init=False)
    answers: Answers = field(init=False)
    verdicts: Verdicts = field(init=False)
    shopper: ShopperQuestions = field(init=False)
    daily: Daily = field(init=False)
    advice: Advice = field(init=False)
    look_price: LookPrice = field(init=False)
    described: Described = field(init=False)
    refinement: Refinement = field(init=False)

    def __post_init__(self) -> None:
        self.wardrobe = Wardrobe(self.account, self.recommend)
        self.favourites = Favourites(self.sessions, self.catalog, self.recommend)
        self.answers = Answers(self.sessions, self.recommend, self.search, self.account, self.catalog)
        self.recolour = Recolour(self.catalog, self.search, self.answers)
        self.described = Described(self.account, self.wardrobe, self.search, self.answers)
        answers = self.answers
        self.verdicts = Verdicts(
            self.search, self.account, answers.answer, answers.focus, self.described.outfit, answers.owned
        )
        self.shopper = ShopperQuestions(self.account, self._route)
        self.daily = Daily(self.sessions, self.account, self.search, self.answers, self.wardrobe)
        self.advice = Advice(self.answers, self.shopper, self.recolour, self.catalog, self.today)
        self.look_price = LookPrice(self.catalog, self.recommend)
        self.refinement = Refinement(self.catalog, self.account, self.recolour, self.answers)

    async def text(self, chat_id: int, user_id: int | None, text: str, language: str = "en") -> Turn:
        """Answer one typed message (a command too)."""
        understood = parse(text)
        conversation = await load_conversation(self.sessions, chat_id)
        if understood.intent == "language":  # "speak Korean", "영어로 말해줘": this chat's from now on
            conversation.language = understood.language
        words = None if text.startswith("/") else language_of_text(normalise(text))  # commands: the user's
        language = conversation.speaks(language, words)
        if not normalise(text):
            empty = [Reply("empty_text", actions=examples(language))]
            return Turn(understood, conversation.wish, empty, language)
        if understood.contradictory:
            reply = Reply("contradictory", {"colour": understood.colour}, wish=conversation.wish)
            return Turn(understood, conversation.wish, [reply], language)
        before = conversation.turn_start = conversation.state()
        replies = await self._route(conversation, user_id, understood, text, language)
        if understood.intent != "back" or understood.category:  # ("아까 그 셔츠": a step, gone back from)
            conversation.remember(conversation.turn_start or before)  # (the list a link followed, put back)
        await self._save(conversation, user_id, language)
        return Turn(understood, conversation.wish, replies, language)

    async def photo(
        self,
        chat_id: int,
        user_id: int | None,
        data: bytes,
        source: str,
        language: str = "en",
        caption: str | None = None,
    ) -> Turn:
        """Analyse a photo; it becomes the chat's focus, and a caption is read as a message about it
        ("for a wedding", "in black", "cheaper")."""
        understood = parse(caption) if caption and normalise(caption) else None
        conversation = await load_conversation(self.sessions, chat_id)
        words = language_of_text(normalise(caption or "")) if understood is not None else None
        language = conversation.speaks(language, words)
        try:
            stored = await self.analyse.analyze(
                data, source=source, user_id=user_id, chat_id=chat_id, language=language
            )
        except ImageRejected as exc:
            return Turn(understood, conversation.wish, [Reply(exc.reason)], language)
        before = conversation.turn_start = conversation.state()
        conversation.focus_on(analysis_id=stored.id, mode="analysis")
        conversation.remember(before)
        replies = [Reply("analysis", analysis=stored, actions=photo_actions(stored))]
        if understood is not None and understood.intent in CAPTIONED:  # "ok for a wedding?", "save it"
            understood = replace(understood, intent="refine") if understood.intent == "search" else understood
            replies += await self._route(conversation, user_id, understood, caption or "", language)
        await self._save(conversation, user_id, language)
        return Turn(understood, conversation.wish, replies, language)

    async def album(
        self,
        chat_id: int,
        user_id: int | None,
        photos: list[tuple[bytes, str]],
        language: str = "en",
        caption: str | None = None,
    ) -> Turn:
        """Several photos sent together (an album, `photos` in the order sent: (data, source)): one
        answer on how the pieces go together, what to swap, and a button that saves them all."""
        if len(photos) < 2:
            return await self.photo(chat_id, user_id, *photos[0], language, caption)
        conversation = await load_conversation(self.sessions, chat_id)
        language = conversation.speaks(language)
        stored, rejected = await self.analyse.analyze_all(
            photos[:MAX_PHOTOS], user_id=user_id, chat_id=chat_id, language=language
        )
        if not stored:
            return Turn(None, conversation.wish, [Reply(rejected[0][1])], language)
        replies = [Reply("album_rejected", {"numbers": [n for n, _ in rejected]})] if rejected else []
        if len(stored) < 2:  # one photo left: answered as a photo
            for _, one in stored:
                conversation.focus_on(analysis_id=one.id, mode="analysis")
                replies.append(Reply("analysis", analysis=one, actions=photo_actions(one)))
            await self._save(conversation, user_id, language)
            return Turn(None, conversation.wish, replies, language)
        shopper = await self.account.shopper(user_id)
        wish = Wish().merged(parse(caption)) if caption and normalise(caption) else Wish()
        reply = await Albums(self.recommend).answer(
            [(n, one.id) for n, one in stored], Ask(wish, shopper.gender), user_id
        )
        conversation.focus_on(analysis_id=stored[0][1].id)
        conversation.album = [one.id for _, one in stored]
        conversation.showed("album", [i.product_id for i in reply.items])
        await self._save(conversation, user_id, language)
        return Turn(None, conversation.wish, [*replies, reply], language)

    async def refusal(
        self, chat_id: int, user_id: int | None, action: Action, language: str = "en"
    ) -> str | None:
        """Why a press cannot be answered ("stale", "not_yours", "old_button"), or None: a quick check."""
        needs = action.kind in ("unfilter", "another", "back")
        conversation = await load_conversation(self.sessions, chat_id) if needs else None
        return await refused(self.recommend, conversation, user_id, action, language)

    async def press(
        self, chat_id: int, user_id: int | None, action: Action, language: str = "en", checked: bool = False
    ) -> Turn:
        """Answer a button press; a refusal (`refusal`, unless `checked`) comes back as an alert."""
        if not checked and (refused := await self.refusal(chat_id, user_id, action, language)) is not None:
            return Turn(None, Wish(), [Reply(refused, alert=True)], language)
        conversation = await load_conversation(self.sessions, chat_id)
        language = conversation.speaks(language)  # "speak Korean" said before: buttons' answers too
        before, kind = conversation.state(), action.kind
        conversation.turn_start = before
        if kind in ("outfit", "similar", "cheaper"):
            if conversation.focus_analysis_id != int(action.arg):
                conversation.focus_on(analysis_id=int(action.arg))
            conversation.wish = conversation.wish.leaving(conversation.mode, kind)
            replies = await self.answers.answer(conversation, user_id, kind, language)
            if kind == "outfit":
                replies += await self.shopper.ask_once(conversation, user_id, "/outfit", language)
        elif kind == "unfilter":
            conversation.wish = conversation.wish.without(str(action.arg))
            replies = await self.answers.answer(conversation, user_id, conversation.mode, language)
        elif kind == "another":  # "🔄 Show others" under the answer in view: its next few
            replies = await self.answers.answer(
                conversation, user_id, conversation.mode, language, another=True
            )
        elif kind == "correct_as":  # "✏️ It's a skirt" under a photo read as "hat or skirt": as if said
            photo, _, category = str(action.arg).partition(".")
            conversation.focus_on(analysis_id=int(photo))
            replies = await self.answers.recall(
                conversation, user_id, language, Understood("correct", category=category)
            )
        elif kind == "back":  # "↩ Back" under the answer in view: the one before it
            replies = await self.answers.back(conversation, user_id, language)
            await self._save(conversation, user_id, language)
            return Turn(None, conversation.wish, replies, language)
        elif kind == "example":
            return await self.text(chat_id, user_id, EXAMPLES[language][int(action.arg)], language)
        elif kind in ("shop_for", "band"):
            replies = await self.shopper.answer(conversation, user_id, action, language)
        elif kind == "forget":
            replies = await self.wardrobe.forget(user_id, str(action.arg) == "yes")
            return Turn(None, Wish(), replies, language)
        else:
            replies = await self.wardrobe.press(conversation, user_id, action, language)
        conversation.remember(before)
        await self._save(conversation, user_id, language)
        return Turn(None, conversation.wish, replies, language)

    # --- routing ----------------------------------------------------------------------------------

    async def _route(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        u = conversation.refer(u)  # "save #2", then "how much is it?": #2
        conversation.reopen_linked(u)  # "only nike" after "any of these on sale?": the list it followed
        if u.intent == "pick" and "trends" in u.cues and not conversation.shown:  # "which sells best?"
            u = replace(u, intent="trends")  # of nothing in view: no sales data, said
        intent = u.intent
        if intent in SMALL_TALK or intent == "thanks":  # "hi", "thanks", "size 270", "no tie please"
            product = conversation.product_in_view(self.catalog)  # "what tie?" of a suit's look: its ties
            return said_plainly(u, bool(self.recommend.naver), language, product)
        if intent in ("settings", "forget"):  # the question each begins with
            return [shop_for_question() if intent == "settings" else self.wardrobe.forget_question()]
        if intent == "wardrobe":  # "my wardrobe"
            return await self.wardrobe.show(user_id)
        if intent == "unwardrobe":  # "remove it from my wardrobe", "옷장에서 2번 빼줘"
            number = u.ref if u.ref is not None else u.not_ref  # "1번 빼줘": that one, out
            return await self.wardrobe.drop(conversation, user_id, number, u.pronoun or u.pointing)
        if intent == "wardrobe_outfit":  # "an outfit from my wardrobe"
            return await self.wardrobe.outfit(conversation, user_id, u.pointing or u.pronoun)
        if intent == "daily":  # "/daily", "send me an outfit every morning"
            return await self.daily.start(user_id, conversation.chat_id, language, u.hour)
        if intent in ("daily_off", "daily_when"):  # "/daily off", "stop"; "what time will you send it?"
            return await (self.daily.stop(user_id) if intent == "daily_off" else self.daily.when(user_id))
        if intent == "favourites":  # "my favourites", /favourites: numbered, so "#2" is the second
            return await self.favourites.show(conversation, user_id)
        if intent in ("favourite", "unfavourite") or (intent == "save" and conversation.on_product):
            if intent == "unfavourite" and u.ref is not None:
                return await self.favourites.drop(conversation, user_id, u.ref)
            if u.ref is not None or conversation.mode == "outfit" or conversation.focus_analysis_id is None:
                return await self.favourites.keep(conversation, user_id, u.ref, language, intent == "save")
            intent = "save"  # "save this outfit" about a photo: into the wardrobe
        if intent == "restart" or (intent == "clear" and not (conversation.has_focus or conversation.shown)):
            conversation.restart()
            said = "restarted" if intent == "restart" else "filters_cleared"
            return [Reply(said, actions=examples(language))]
        if intent == "clear":  # every filter off (a search keeps its kind): the answer in view again
            return await self.answers.cleared(conversation, user_id, language)
        if intent == "back":  # "go back", "이전으로": the answer before the one in view, again
            said = await self.answers.back(
                conversation, user_id, language, "first" in u.cues, u.category or ""
            )
            if not u.category or said[0].say != "nothing_to_go_back":  # "the dress from before", none shown:
                return said
            u, intent = replace(u, intent="search"), "search"  # dresses searched
        if intent == "save":  # "save it", "옷장에 저장해줘": the photo in view, as its button does
            return await self.wardrobe.save_focus(conversation, user_id, language)
        if intent in ADVICE:  # care, packing, couple looks, personal colour, taste, sizes (`advice.py`)
            noted = await self.shopper.noted(user_id, u, language) if u.own_gender else []  # "I'm a woman, …"
            return noted + await self.advice.reply(conversation, user_id, u, text, language)
        if intent == "photo" and u.category and u.ref is None:  # "show me the dress bigger": its number's
            u = replace(u, ref=conversation.number_of_kind(self.catalog, u.category))
            conversation.pointed = conversation.numbered(u.ref) if u.ref else conversation.pointed  # "it"
        if intent == "pictures":  # "show me bigger pictures": each product in view, an album
            return await pictures(conversation, self.catalog, self.recommend, u.pronoun, language)
        if "my_photo" in u.cues and (photo := conversation.last_photo()) is not None:  # "can you see my
            conversation.focus_on(photo)  # photo?" after a search: that photo again, in view
        if intent in ("photo", "correct"):  # "what colour is it?", "it's a skirt, not a dress": in view
            return await self.answers.recall(conversation, user_id, language, u)
        if intent == "liked":  # "I love it": how to go on with the one in view; "I like this jacket"
            if said := await self.answers.liked(conversation, user_id, u.category):  # with none: searched
                return said
            u, intent = replace(u, intent="search"), "search"
        if u.cues & {"now", "warmth"} and not u.season:  # "what should I wear today?", "추울까?": this season
            u = replace(u, season=season_in(self.today().month))
        if intent in ("verdict", "etiquette", "combination"):  # "ok for a funeral?", "white tee with jeans?"
            return await self.verdicts.reply(conversation, user_id, u, text, language)
        if refused := await self.verdicts.refused(conversation, user_id, u, text, language):
            return refused  # "and sneakers?" of an interview's look; "결혼식 하객룩" of a white dress's photo
        if intent in ("pick", "why") or conversation.picks_among(self.catalog, u):  # "which one would you
            why = (conversation.pointed_number if u.ref is None else u.ref) if intent == "why" else None
            return await self.answers.pick(  # pick?", "#1 or #3?", "why #2?", "which shoes?": in view
                conversation, user_id, language, u.choice, why, prefer_of(u), u.category
            )
        if intent == "colour_pair" and u.colour and u.other_colour:  # "do navy and black go together?"
            return [colour_pair(u.colour, u.other_colour)]
        if "colours" in u.cues and u.colour and not u.category:  # "which colours go with red?"
            return [advice_on(u.colour, *[u.other_colour] if u.other_colour else [])]
        if "weighed" in u.cues and not (conversation.has_focus or conversation.shown):  # "skirt or trousers?"
            if not u.occasion:  # of nothing: what it depends on; "… for a date?": the date's look first
                return [Reply("weighed_what", actions=examples(language))]
            u = replace(u, category=None, about_focus=False, cues=u.cues - {"weighed"})
        u, said = preface(u)  # "12도인데 뭐 입지?", "what does black tie mean?": said before the outfit
        noted = await self.shopper.noted(user_id, u, language)  # "I'm a woman": who they shop for
        kept = bool(noted and u.own_gender and conversation.wish.kids)  # "I'm a woman": her son's look stays
        idle = (not conversation.has_focus and conversation.mode != "search") or kept
        if (noted or u.build) and u.intent == "refine" and idle and not (u.occasion or u.style or u.season):
            conversation.wish = replace(conversation.wish, build=u.build or conversation.wish.build)
            for reply in said:  # "I'm petite": nothing in view to apply it to, kept for what follows
                reply.values["shown"] = False
            return said + noted
        said += await self.answers.named(conversation, user_id, u)  # "shoes for this skirt" of a "hat"
        replies = said + noted + await self._shop(conversation, user_id, u, text, language)
        belt = any(reply.say == "belt_to_shoes" for reply in replies)  # its leather's, said instead
        if "colours" in u.cues and (colour := base_colour(replies)) and not belt:  # "what colour shoes …?",
            replies.insert(0, colours_asked(conversation.wish.occasion, colour, u.category))
        if "weighed" in u.cues and (kind := first_kind(replies)):  # "skirt or trousers?": the pick, said
            replies.insert(0, Reply("weighed", {"kind": kind}))
        if (conversation.mode == "outfit" or conversation.wish.also) and any(
            reply.slots for reply in replies
        ):
            replies += await self.shopper.ask_once(conversation, user_id, text, language)
        return replies

    async def _shop(
        self, conversation: Conversation, user_id: int | None, u: Understood, text: str, language: str
    ) -> list[Reply]:
        """The shopping intents: which answer to give, about what, with which filters."""
        whole = conversation.mode == "outfit" or conversation.wish.article in SETS  # a look, a capsule
        if "look_price" in u.cues and whole and not u.category:  # "how much is the whole outfit?", before
            return await self.look_price.reply(conversation, conversation.wish.article in SETS)
        trip = conversation.wish.article in TRIPS and u.intent in ("refine", "search") and not u.subject
        if trip and u.category and u.ref is None and not (u.this_one or u.occasion or u.temperature):
            return await self.answers.for_the_trip(conversation, user_id, u, language)  # "what about shoes?"
        if (gift := conversation.gift_narrowed(u)) is not None:  # "what about a bag?" after gift ideas
            conversation.wish = gift
            return await self.answers.answer(conversation, user_id, "search", language)
        if "smaller" in u.cues and not u.category:  # "더 작은 걸로": of bags in view, a small one
            if slot_of(conversation.wish.category or "") != "bag":  # a garment's size is not listed
                return [Reply("no_sizes", actions=examples(language))]
            u = replace(u, category="bag", article="small bag")
        u = conversation.wish.with_kinds(u, conversation.mode)  # "가방도", "a bag too"
        intent = u.intent
        if u.this_one and conversation.has_focus and intent != "similar":  # "how do I style this shirt?"
            u = replace(u, category=None, article=None, colour=None, pattern=None, pointing=True)
        if u.ref is not None and intent in ("similar", "outfit", "cheaper"):  # "#2", "2번이랑 어울리는 신발"
            return await self.answers.numbered(conversation, user_id, u, language)
        if intent == "cheaper" and conversation.mode == "outfit" and not u.category:  # "더 저렴한 걸로"
            u = replace(u, category=conversation.wish.category)  # after its shoes: cheaper shoes
        piece = conversation.shown_of(self.catalog, slot_of(u.category), own=True) if u.category else None
        if intent == "cheaper" and conversation.mode == "outfit" and u.category and piece is None:
            intent = "refine"  # "a cheaper bag" with no bag shown: the outfit's bags
        if intent == "cheaper" and conversation.mode == "outfit" and piece is not None:  # "a cheaper bag"
            return await self.answers.cheaper_piece(conversation, user_id, piece, language)
        u = conversation.searched_again(u)  # "what about heels?" of shoes: heels searched
        if u.about_focus or intent == "cheaper" or (u.pointing and intent in ("outfit", "similar")):
            conversation.first_of_search()  # "sandals for it", "how much?" after a search: its first
        if (u.about_focus or u.pointing) and not (
            u.subject or u.this_one or conversation.has_focus or conversation.shown
        ):
            return [Reply("need_focus", actions=examples(language))]  # "shoes for it" with nothing in view
        if intent == "search" and conversation.styles_photo(u):  # "신발 추천해줘" of a dress's photo:
            u, intent = replace(u, intent="refine", about_focus=True), "refine"  # its shoes, not any shoes
        around_focus = conversation.has_focus and u.about_focus  # "what shoes go with it?"
        if conversation.wish.toned_down(u):  # "make it look younger" of an interview's look: for it still
            u = replace(u, occasion=conversation.wish.occasion, season=u.season or conversation.wish.season)
        moved_on = conversation.moved_on(self.catalog, u)  # "an outfit for an interview" after a skirt's
        moved_on = moved_on or await self.described.gives_way(conversation, user_id, u)  # "…for men"
        moved_on = moved_on or ("then_what" in u.cues and bool(conversation.wish.occasion))  # "그럼 뭐 입어?"
        typed = u  # "something more boho" of a summer look: summer still; "brighter" of a spring date's too
        if moved_on and not (u.occasion or u.style):  # "something warmer" after a date's look: still a date's
            kept = in_season(conversation.wish.occasion, u.season)  # (not a beach's: "for winter")
            u = replace(u, occasion=conversation.wish.occasion, style=conversation.wish.style) if kept else u
        if moved_on and not (typed.occasion or typed.season):
            u = replace(u, season=conversation.wish.season)
        if (
            (intent == "outfit" or moved_on)
            and not around_focus
            and (u.category or not conversation.has_focus or moved_on)
        ):
            return await self.described.outfit(conversation, user_id, u, text, language)
        narrowed = intent in ("search", "refine") and conversation.narrowed_by(u.category)
        intent = "refine" if narrowed else intent  # "heels" after a dress's shoes, "flats" after shoes
        searching = intent == "search" and not around_focus
        if searching or (intent == "refine" and not conversation.has_focus and u.category and not narrowed):
            wish = conversation.wish.fresh(u)
            conversation.focus_on()
            conversation.wish = wish
            return await self.answers.answer(conversation, user_id, "search", language)
        said = u.category or u.occasion or u.style or u.season or u.colour
        if "self" in u.cues and conversation.wish.article == GIFT and not said:  # after a gift: "now for me"
            conversation.focus_on(mode="")
            conversation.wish = conversation.wish.fresh(u)
            return [Reply("for_you", actions=examples(language))]
        if (
            "self" in u.cues
            and not said
            and (mine := await self.shopper.for_self(conversation, user_id, u, text, language))
        ):
            return mine  # "now one for me" after a look for him: theirs
        if "gift" in u.cues and not u.category and intent in ("refine", "search", "outfit"):  # "for mom"
            wish = Wish().fresh(u) if u.gender or u.kids else conversation.wish.fresh(u)
            conversation.focus_on(mode="search")
            conversation.wish = replace(wish, article=GIFT)
            return await self.answers.answer(conversation, user_id, "search", language)
        unshown = conversation.mode != "search" or u.occasion and not conversation.shown  # (found nothing)
        if not conversation.has_focus and unshown:
            if u.occasion or u.style or u.season or u.kids or ("recommend" in u.cues and u.colour):  # "면접",
                return await self.described.outfit(conversation, user_id, u, text, language)  # "I only wear
            conversation.wish = conversation.wish.merged(u)  # black, suggest something": a look; "a gift for
            return [Reply("need_focus", actions=examples(language))]  # my mom": kept for what follows
        return await self.refinement.reply(conversation, user_id, u, intent, around_focus, language)

    async def _save(self, conversation: Conversation, user_id: int | None, language: str) -> None:
        if user_id is not None:  # a chat without a user (a channel post) keeps no state
            conversation.user_id = user_id
            await save_conversation(self.sessions, conversation, language)
