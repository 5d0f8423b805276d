"""Whether a button press can still be answered: buttons outlive what they point at (an analysis
deleted by /forget, a filter already removed) and their data is easy to forge."""

from __future__ import annotations

from vocabulary import GARMENT_CATEGORIES

from .conversation import Conversation
from .recommend import Recommend
from .records import NotYours, StaleAnalysis
from .replies import EXAMPLES, Action


async def refused(
    recommend: Recommend,
    conversation: Conversation | None,
    user_id: int | None,
    action: Action,
    language: str,
) -> str | None:
    """Why a press cannot be answered ("stale", "not_yours", "old_button"), or None (`conversation`:
    the chat's, needed for a filter's ✕ and for "show others")."""
    kind = action.kind
    if kind == "correct_as" and str(action.arg).partition(".")[2] not in GARMENT_CATEGORIES:
        return "old_button"  # "12.zzz": no kind a photo is read as (forged)
    if kind in ("outfit", "similar", "cheaper", "correct_as"):  # "12.skirt": analysis 12's
        try:
            await recommend.load(int(str(action.arg).partition(".")[0]), user_id)
        except StaleAnalysis:
            return "stale"
        except NotYours:
            return "not_yours"
    elif kind == "unfilter" and conversation is not None:
        if str(action.arg) not in conversation.wish.active():  # forged, or removed already
            return "old_button"
    elif kind == "another" and conversation is not None:
        if str(action.arg) != conversation.mode or not conversation.shown:  # under an older answer
            return "old_button"
    elif kind == "back" and conversation is not None:
        if str(action.arg) != conversation.mode or not conversation.history:  # nothing before it now
            return "old_button"
    elif kind == "example" and not 0 <= int(action.arg) < len(EXAMPLES[language]):
        return "old_button"
    return None
