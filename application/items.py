"""What an answer recommends: products as the user sees them (`Item`), grouped in slots (`Slot`), and
the catalogue products chosen for an answer before a shop priced them (`Offering`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from catalog import CatalogItem, name_key

from .reasons import Reason


@dataclass
class Item:
    """One recommended product as the user sees it."""

    product_id: int
    name: str
    price: int | None
    link: str
    image: str
    reason: Reason = field(default_factory=Reason)
    score: float = 0.0
    product: CatalogItem | None = None  # the catalogue product it is (None for a shop's offer)
    shop_failed: bool = False  # the shop was asked but slow or down: the link is a search for it

    @property
    def own(self) -> bool:
        """A piece of the user's own wardrobe (its id is minus its analysis id; no shop link)."""
        return self.product_id < 0

    def to_dict(self) -> dict[str, Any]:
        """The item and its own catalogue metadata (`style` is the product's usage)."""
        meta = self.product
        return {
            "product_id": self.product_id,
            "name": self.name,
            "category": meta.category if meta else None,
            "colour": meta.colour if meta else None,
            "style": meta.usage if meta else None,
            "gender": meta.gender if meta else None,
            "season": meta.season or None if meta else None,
            "kids": meta.kids if meta else None,
            "price": self.price,
            "link": self.link,
            "image": self.image,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Offering:
    """A catalogue product chosen for an answer, before a shop has priced it."""

    product: CatalogItem
    score: float
    reason: Reason | None = None


@dataclass
class Slot:
    name: str
    items: list[Item] = field(default_factory=list)
    fallback_style: str | None = None  # the nearest style it fell back to, having none of the look's
    shop: str = ""  # a wardrobe outfit's slot from the shop: "none" of the user's, or none "unfit"s
    other_brands: str = ""  # the brand asked for ("a nike outfit"), too few of which fill this slot
    budget: int | None = None  # its share of a whole look's budget ("10만원으로 코디 전체"), in won

    @property
    def kind(self) -> str | None:
        """The category of its first catalogue product ("which shoes would you pick?" picks in it)."""
        first = self.items[0].product if self.items else None
        return first.category if first else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "slot": self.name,
            "fallback_style": self.fallback_style,
            "items": [i.to_dict() for i in self.items],
            **({"other_brands": self.other_brands} if self.other_brands else {}),  # only when said
            **({"budget": self.budget} if self.budget else {}),
        }


def once_per_name(products: Iterable[CatalogItem]) -> list[CatalogItem]:
    """The products in order, each name once (shops list one product under several ids)."""
    names: set[str] = set()
    out = []
    for product in products:
        name = name_key(product.name)
        if name not in names:
            names.add(name)
            out.append(product)
    return out
