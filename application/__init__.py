"""The application layer: Stylist's use cases (analyse, recommend, feedback), independent of
Telegram, and the one composition root that wires them to the database, the model, the index and
Naver. The Telegram handlers and the CLI both go through it, so they give the same answers."""

from inference import Analysis, GarmentItem, ImageRejected, Prediction, WorkerBusy, WorkerError

from .account import PRICE_BANDS, Account, Piece, Shopper
from .albums import MAX_PHOTOS, Note, Together
from .analyse import Analyse
from .ask import Ask
from .composition import Stylist
from .corrections import corrections_summary
from .feedback import KINDS, Votes, feedback_summary
from .items import Item, Slot
from .reasons import Reason
from .recommend import Recommend
from .records import NotYours, StaleAnalysis, StoredAnalysis
from .replies import Action, Reply, Turn
from .settings import Settings
from .wish import Wish

__all__ = [
    "MAX_PHOTOS",
    "PRICE_BANDS",
    "Note",
    "Together",
    "Account",
    "Action",
    "Ask",
    "Piece",
    "Reply",
    "Shopper",
    "Turn",
    "Wish",
    "Analysis",
    "GarmentItem",
    "Prediction",
    "KINDS",
    "Analyse",
    "ImageRejected",
    "Item",
    "NotYours",
    "Reason",
    "Recommend",
    "Settings",
    "Slot",
    "StaleAnalysis",
    "StoredAnalysis",
    "Stylist",
    "Votes",
    "WorkerBusy",
    "WorkerError",
    "feedback_summary",
    "corrections_summary",
]
