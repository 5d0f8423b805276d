"""Writers run as separate processes by `tests/test_store.py`, each on its own engine, all at once:

python -m tests.writers quota URL CALLS LIMIT      → prints how many calls were allowed
python -m tests.writers claims URL FIRST COUNT     → prints the update ids this process claimed
python -m tests.writers votes URL ANALYSIS USER N  → votes N times on one recommendation
"""

from __future__ import annotations

import asyncio
import json
import sys

from application.journal import Journal
from application.naver import DbQuota
from shop_client import NaverQuotaError
from storage import create_engine, put_vote, session_factory


async def main(kind: str, url: str, *args: str) -> object:
    engine = create_engine(url)
    sessions = session_factory(engine)
    try:
        if kind == "quota":
            calls, limit = int(args[0]), int(args[1])
            quota, allowed = DbQuota(sessions), 0
            for _ in range(calls):
                try:
                    await quota.increment("shared-client", limit)
                    allowed += 1
                except NaverQuotaError:
                    pass
            return allowed
        if kind == "claims":
            first, count = int(args[0]), int(args[1])
            journal, claimed = Journal(sessions), set()
            for start in range(first, first + count, 10):
                batch = {i: {"update_id": i} for i in range(start, min(start + 10, first + count))}
                claimed |= await journal.claim(batch)
            return sorted(claimed)
        if kind == "votes":
            analysis_id, user_id, n = (int(a) for a in args)
            for i in range(n):
                async with sessions() as session, session.begin():
                    await put_vote(session, user_id, analysis_id, "outfit", 1 if i % 2 else -1, [i])
            return n
        raise SystemExit(f"unknown writer {kind}")
    finally:
        await engine.dispose()


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(*sys.argv[1:]))))
