"""Feedback: 👍 / 👎 on a recommendation, stored with the products it was about; what a user voted
down is not shown to them again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Feedback, Recommendation, put_vote, touch_user

from .records import Embedded, load_owned

KINDS = ("outfit", "similar", "cheaper")


async def disliked_by(session: AsyncSession, user_id: int | None) -> set[int]:
    """The products of every recommendation this user voted 👎."""
    if user_id is None:
        return set()
    votes = await session.scalars(
        select(Feedback.product_ids).where(Feedback.user_id == user_id, Feedback.value < 0)
    )
    return {int(product_id) for ids in votes for product_id in ids}


@dataclass
class Votes:
    """The feedback use cases."""

    sessions: async_sessionmaker[AsyncSession]
    embedded: Embedded

    async def record(
        self, analysis_id: int, kind: str, value: int, user_id: int | None, language: str = "en"
    ) -> None:
        """A 👍 (+1) or 👎 (-1) on the `kind` of recommendation made for an analysis; a user's second
        vote on the same one replaces the first. Raises StaleAnalysis or NotYours."""
        async with self.sessions() as session, session.begin():
            await load_owned(session, analysis_id, user_id, self.embedded)
            if user_id is not None:
                await touch_user(session, user_id, language)
            shown = await session.scalars(
                select(Recommendation.product_id).where(
                    Recommendation.analysis_id == analysis_id, Recommendation.kind == kind
                )
            )
            if user_id is None:  # nobody to replace a vote of
                session.add(
                    Feedback(analysis_id=analysis_id, kind=kind, value=value, product_ids=list(shown))
                )
            else:
                await put_vote(session, user_id, analysis_id, kind, value, list(shown))

    async def disliked(self, user_id: int | None) -> set[int]:
        """The products this user voted 👎: not recommended to them again."""
        async with self.sessions() as session:
            return await disliked_by(session, user_id)


async def feedback_summary(sessions: async_sessionmaker[AsyncSession]) -> dict[str, dict[str, float]]:
    """Votes per kind of recommendation: how many, how many helpful, and the helpful share."""
    async with sessions() as session:
        rows = (
            await session.execute(
                select(Feedback.kind, func.count(), func.sum(case((Feedback.value > 0, 1), else_=0)))
                .group_by(Feedback.kind)
                .order_by(Feedback.kind)
            )
        ).all()
    return {
        kind: {"votes": votes, "helpful": helpful, "helpful_share": round(helpful / votes, 3)}
        for kind, votes, helpful in rows
    }
