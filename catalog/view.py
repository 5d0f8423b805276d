"""The catalogue as recommendation sees it: product metadata by id, kept in memory, with ids grouped
by category for filtered index search."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Product


@dataclass(frozen=True)
class CatalogItem:
    """What recommendation needs to know about a product, kept in memory."""

    id: int
    name: str
    category: str
    colour: str | None
    pattern: str | None
    usage: str | None
    gender: str
    cluster: int
    price: int | None
    link: str | None
    image: str


class Catalog:
    """Product metadata by id, with ids grouped by category for filtered search."""

    def __init__(self, items: list[CatalogItem]) -> None:
        self.items = {item.id: item for item in items}
        self.by_category: dict[str, list[int]] = defaultdict(list)
        for item in items:
            self.by_category[item.category].append(item.id)

    def __len__(self) -> int:
        return len(self.items)

    def ids(
        self,
        categories: set[str] | frozenset[str],
        gender: str = "",
        min_price: int | None = None,
        max_price: int | None = None,
    ) -> list[int]:
        """Ids in any of `categories`, for `gender` (plus unisex) when given, and with a known price
        within the bounds when any is given: the id selector of a filtered index search."""
        ids = [i for c in categories for i in self.by_category.get(c, [])]
        if gender in ("men", "women"):
            ids = [i for i in ids if self.items[i].gender in (gender, "unisex")]
        if min_price is not None or max_price is not None:
            low, high = min_price or 0, max_price if max_price is not None else float("inf")
            ids = [i for i in ids if (price := self.items[i].price) is not None and low <= price <= high]
        return ids

    @classmethod
    async def load(cls, sessions: async_sessionmaker[AsyncSession]) -> Catalog:
        async with sessions() as session:
            rows = (await session.execute(select(Product))).scalars().all()
        return cls([_item(row) for row in rows])


def _item(row: Product) -> CatalogItem:
    return CatalogItem(
        id=row.id,
        name=row.name,
        category=row.category,
        colour=row.colour,
        pattern=row.pattern,
        usage=row.usage,
        gender=row.gender,
        cluster=row.cluster,
        price=row.price,
        link=row.link,
        image=row.image,
    )
