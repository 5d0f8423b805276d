"""One chat's conversation kept in the database (`chat_states`): it survives a restart, and several bot
processes sharing one database answer it alike."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import ChatState, put_chat_state, touch_user

from .conversation import Conversation
from .wish import Wish


async def load_conversation(sessions: async_sessionmaker[AsyncSession], chat_id: int) -> Conversation:
    async with sessions() as session:
        row = await session.get(ChatState, chat_id)
    if row is None:
        return Conversation(chat_id)
    return Conversation(
        chat_id=chat_id,
        user_id=row.user_id,
        focus_analysis_id=row.focus_analysis_id,
        focus_product_id=row.focus_product_id,
        chosen=bool(row.focus_chosen),
        mode=row.mode,
        wish=Wish.from_dict(row.filters),
        shown=list(row.shown or []),
        seen=list(row.seen or []),
        refused=list(row.refused or []),
        pending=row.pending,
        album=list(row.album or []),
        history=list(row.history or []),
        pointed=row.pointed,
        language=row.language,
    )


async def save_conversation(
    sessions: async_sessionmaker[AsyncSession], conversation: Conversation, language: str
) -> None:
    """Store the chat's state (and note the user: their row is what it belongs to)."""
    async with sessions() as session, session.begin():
        if conversation.user_id is not None:
            await touch_user(session, conversation.user_id, language)
        await put_chat_state(
            session,
            conversation.chat_id,
            user_id=conversation.user_id,
            focus_analysis_id=conversation.focus_analysis_id,
            focus_product_id=conversation.focus_product_id,
            focus_chosen=conversation.chosen,
            mode=conversation.mode,
            filters=asdict(conversation.wish),
            shown=conversation.shown,
            seen=conversation.seen,
            refused=conversation.refused,
            pending=conversation.pending,
            album=conversation.album,
            history=conversation.history,
            pointed=conversation.pointed,
            language=conversation.language,
        )
