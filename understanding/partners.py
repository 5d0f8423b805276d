"""A partner named as company, not as the one dressed: "a date with my boyfriend", "my girlfriend's
parents", "남친이랑 데이트", "여친 부모님 뵙는데" — the user is then most likely of the other gender,
the look's gender until they say otherwise (shown as a filter with its ✕; never kept as theirs)."""

from __future__ import annotations

import re

_HIS = r"boyfriend|husband|bf|fianc[eé]"
_HERS = r"girlfriend|wife|gf|fianc[eé]e"
_KO_HIS, _KO_HERS = (
    r"남친|남자\s?친구|남편|신랑|예비\s?신랑",
    r"여친|여자\s?친구|와이프|아내|부인|예비\s?신부",
)
_COMPANY = re.compile(
    rf"\b(?:with|meeting|meet)\s+(?:my\s+)?(?:(?P<his>{_HIS})|(?P<hers>{_HERS}))\b(?!'s)"
    rf"|\b(?:my\s+)?(?:(?P<his_of>{_HIS})|(?P<hers_of>{_HERS}))(?:'s\s+(?:parents|family|folks|mum|mom|dad|birthday)"
    r"|\s+and\s+i\b)"
    rf"|(?:(?P<ko_his>{_KO_HIS})|(?P<ko_hers>{_KO_HERS}))\s?(?:이랑|랑|하고|와|과|(?:의|네)?\s?(?:부모님|가족|집))"
)


def companion_gender(text: str) -> str | None:
    """The user's likely gender when a partner is named as company ("with my boyfriend": women), None
    when none is (or the partner is the one dressed: "a shirt for my boyfriend")."""
    found = _COMPANY.search(text)
    if found is None:
        return None
    his = found["his"] or found["his_of"] or found["ko_his"]
    return "women" if his else "men"
