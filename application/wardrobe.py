"""The user's wardrobe and forgetting them: saving analysed garments (one, an outfit photo's, an
album's), showing them with remove buttons, outfits from their own pieces first — those that go with
the rest by the outfit rules (`matching.together`) — with the shop filling the slots they cannot, and
deleting everything stored about them."""

from __future__ import annotations

from dataclasses import dataclass

from matching.together import SWAP_BELOW, Piece, pair_fit
from storage import Analysis as AnalysisRow

from .account import Account
from .albums import own_item
from .ask import Ask
from .conversation import Conversation
from .feedback import disliked_by
from .items import Slot
from .looks import climate_of_look, kind_of
from .reasons import Reason
from .recommend import Recommend
from .records import embedding_of, owned_rows
from .replies import Action, Reply, in_rows


@dataclass
class Wardrobe:
    """The wardrobe's answers."""

    account: Account
    recommend: Recommend

    async def show(self, user_id: int | None, which: bool = False) -> list[Reply]:
        """The saved pieces, numbered, each with its ✕ (`which`: asked to remove one, not said which)."""
        pieces = await self.account.wardrobe(user_id)
        if not pieces:
            return [Reply("wardrobe_empty")]
        removes = [Action("unsave", piece.item_id) for piece in pieces]
        rows = [[Action("wardrobe_match", 0)], *in_rows(removes)]
        said = [Reply("which_to_remove")] if which else []
        return [*said, Reply("wardrobe", {"count": len(pieces)}, pieces=pieces, actions=rows)]

    async def drop(
        self, conversation: Conversation, user_id: int | None, number: int | None, it: bool
    ) -> list[Reply]:
        """'Remove #2 from my wardrobe' (its number in the wardrobe's picture), 'remove it from my
        wardrobe' (`it`: the photo in view, when saved; the only piece, when one is): removed, and the
        wardrobe after it; else the wardrobe, asked which."""
        pieces = await self.account.wardrobe(user_id)
        if number is not None:
            piece = pieces[number - 1] if 0 < number <= len(pieces) else None
            if piece is None:
                return [Reply("no_such_number", {"n": number, "count": len(pieces)})]
        else:
            shown = [p for p in pieces if it and p.analysis_id == conversation.focus_analysis_id]
            piece = (shown or (pieces if len(pieces) == 1 and it else []) or [None])[0]
            if piece is None:
                return await self.show(user_id, which=bool(pieces))
        if user_id is None or not await self.account.remove(user_id, piece.item_id):
            return [Reply("old_button")]
        left = await self.show(user_id)
        return [Reply("unsaved", {"total": len(pieces) - 1}), *left[-1:]]

    async def own(
        self, user_id: int | None, category: str | None, colour: str | None
    ) -> tuple[int | None, int]:
        """(the analysis of the user's own saved garment a message names, "my jeans", "my red dress":
        the last saved of that category and colour, when said, or None; how many pieces are saved)."""
        saved = await self.account.wardrobe(user_id)
        pieces = [
            p for p in saved if category and p.category == category and (not colour or p.colour == colour)
        ]
        return (pieces[-1].analysis_id if pieces else None), len(saved)

    async def save_focus(self, conversation: Conversation, user_id: int | None, language: str) -> list[Reply]:
        """'Save it': the photo in view (a whole outfit with its garments; an album's photos, all) into
        the wardrobe, as its button does; a catalogue product or nothing in view is said plainly."""
        photo = conversation.focus_analysis_id
        if photo is None:
            return [Reply("nothing_to_save")]
        if conversation.album[:1] == [photo] and len(conversation.album) > 1:  # "save them all": the album's
            return await self.press(conversation, user_id, Action("save_album", photo), language)
        kind = "save_all" if await self.recommend.garments(photo) else "save"
        return await self.press(conversation, user_id, Action(kind, photo), language)

    async def press(
        self, conversation: Conversation, user_id: int | None, action: Action, language: str
    ) -> list[Reply]:
        if user_id is None:
            return [Reply("stale", alert=True)]
        if action.kind in ("save", "save_all", "save_album"):
            ids = [int(action.arg)]
            if action.kind == "save_album":  # the album's photos, as long as it is the chat's last
                if conversation.album[:1] != ids:
                    return [Reply("old_button", alert=True)]
                ids = list(conversation.album)
            if action.kind != "save":
                ids += [g.id for i in list(ids) for g in await self.recommend.garments(i)]
            saved = await self.account.save(user_id, language, ids)
            if not saved:
                return [Reply("not_saved", alert=True)]
            return [Reply("saved", {"count": saved, "total": await self.account.size(user_id)})]
        if action.kind == "unsave":
            if not await self.account.remove(user_id, int(action.arg)):
                return [Reply("old_button", alert=True)]
            return await self.show(user_id)
        return await self.outfit(conversation, user_id)

    async def outfit(
        self, conversation: Conversation, user_id: int | None, this: bool = False
    ) -> list[Reply]:
        """Outfits from the user's own garments first: around the focus when it is saved or asked about
        (`this`: "what in my wardrobe goes with this?"), else their first piece; for
        each slot the outfit needs the piece of theirs that goes best with those chosen so far (colour
        harmony and style, never a summer piece with a winter one; the nearest breaks a tie); a slot
        none of theirs fills, or none fills well, comes from the shop, marked as such."""
        pieces = await self.account.wardrobe(user_id)
        if not pieces:
            return [Reply("wardrobe_empty")]
        focus_id = conversation.focus_analysis_id
        owned = {piece.analysis_id for piece in pieces}
        anchor_id = focus_id if focus_id in owned or (this and focus_id) else pieces[0].analysis_id
        row = await self.recommend.load(anchor_id, user_id)
        shopper = await self.account.shopper(user_id)  # the shop's pieces for whom they shop for
        async with self.account.sessions() as session:  # and none they voted down
            disliked = await disliked_by(session, user_id)
        shop = await self.recommend.outfit_for(row, [], disliked, Ask(conversation.wish, shopper.gender))
        others = [p.analysis_id for p in pieces if p.analysis_id != anchor_id]
        async with self.account.sessions() as session:  # the other pieces, in one query
            rows = await owned_rows(session, others, user_id, self.recommend.embedded)
        own: list[Slot] = []
        worn, vector = [row], embedding_of(row)
        for slot in shop:
            mine = [
                (fit(r, worn), float(embedding_of(r) @ vector), r) for r in rows if kind_of(r) == slot.name
            ]
            good = [m for m in mine if m[0] >= SWAP_BELOW]
            if good:
                best = max(good, key=lambda m: m[:2])[2]
                worn.append(best)
                own.append(Slot(slot.name, [own_item(best, reason_between(row, best))]))
            else:
                own.append(Slot(slot.name, slot.items, shop="unfit" if mine else "none"))
        conversation.focus_on(analysis_id=anchor_id)
        return [Reply("wardrobe_outfit", slots=own, picture=row.source, box=row.box)]

    def forget_question(self) -> Reply:
        """/forget asks first: delete everything about you? (yes, no)"""
        return Reply("forget_confirm", actions=[[Action("forget", "yes"), Action("forget", "no")]])

    async def forget(self, user_id: int | None, confirmed: bool) -> list[Reply]:
        if not confirmed:
            return [Reply("forget_cancelled")]
        if user_id is None:
            return [Reply("stale", alert=True)]
        await self.account.forget(user_id)
        return [Reply("forgotten")]


def fit(row: AnalysisRow, worn: list[AnalysisRow]) -> float:
    """How well a garment goes with those `worn` (0..1): the weakest pair by colour and style
    (`matching.together.pair_fit`: 0 with another of its slot), 0 with one of the other climate
    (shorts and a coat)."""
    climate = climate_of_look(row)
    if climate and any(climate_of_look(w) not in ("", climate) for w in worn):
        return 0.0
    piece = Piece(kind_of(row), row.colour, row.style)
    return min(pair_fit(piece, Piece(kind_of(w), w.colour, w.style))[0] for w in worn)


def reason_between(anchor: AnalysisRow, row: AnalysisRow) -> Reason:
    """Why one of the user's pieces goes with the garment the outfit starts from, as a shop item's."""
    ours, theirs = anchor.colour, row.colour
    rule = (
        "tone_on_tone"
        if ours and ours == theirs and ours != "multi"
        else "harmony"
        if ours and theirs
        else ""
    )
    return Reason(ours, theirs, rule, anchor.style if anchor.style == row.style else None)
