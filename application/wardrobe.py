"""The user's wardrobe and forgetting them: saving analysed garments (one, an outfit photo's, an
album's), showing them with remove buttons, outfits from their own pieces first with the shop filling
the slots they cannot, and deleting everything stored about them."""

from __future__ import annotations

from dataclasses import dataclass

from vocabulary import slot_of

from .account import Account
from .albums import own_item
from .conversation import Conversation
from .items import Slot
from .recommend import Recommend
from .records import embedding_of
from .replies import Action, Reply, in_rows
from .wish import Ask


@dataclass
class Wardrobe:
    """The wardrobe's answers."""

    account: Account
    recommend: Recommend

    async def show(self, user_id: int | None) -> list[Reply]:
        pieces = await self.account.wardrobe(user_id)
        if not pieces:
            return [Reply("wardrobe_empty")]
        removes = [Action("unsave", piece.item_id) for piece in pieces]
        rows = [[Action("wardrobe_match", 0)], *in_rows(removes)]
        return [Reply("wardrobe", {"count": len(pieces)}, pieces=pieces, actions=rows)]

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
        """'Save it': the photo in view (a whole outfit with its garments) into the wardrobe, as its
        button does; a catalogue product or nothing in view is said plainly."""
        photo = conversation.focus_analysis_id
        if photo is None:
            return [Reply("nothing_to_save")]
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

    async def outfit(self, conversation: Conversation, user_id: int | None) -> list[Reply]:
        """Outfits from the user's own garments first: around the focus (or their first piece), the
        other pieces of their wardrobe that fill the slots it needs, nearest first; the slots their
        wardrobe cannot fill come from the shop, marked as such."""
        pieces = await self.account.wardrobe(user_id)
        if not pieces:
            return [Reply("wardrobe_empty")]
        focus_id = conversation.focus_analysis_id
        owned = {piece.analysis_id for piece in pieces}
        anchor_id = focus_id if focus_id in owned else pieces[0].analysis_id
        row = await self.recommend.load(anchor_id, user_id)
        shop = await self.recommend.outfit_for(row, [], set(), Ask(conversation.wish))
        own: list[Slot] = []
        rows = {
            p.analysis_id: await self.recommend.load(p.analysis_id, user_id)
            for p in pieces
            if p.analysis_id != anchor_id
        }
        vector = embedding_of(row)
        for slot in shop:
            mine = [r for r in rows.values() if slot_of(r.category) == slot.name]
            if mine:
                best = max(mine, key=lambda r: float(embedding_of(r) @ vector))
                own.append(Slot(slot.name, [own_item(best)]))
            else:
                own.append(Slot(slot.name, slot.items, shop=True))
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
