"""A local fake of the Naver Shopping search API (`GET /v1/search/shop.json`).

It follows the documented schema with the quirks real responses show: prices as strings, `hprice`
"", `<b>` highlight tags and `&amp;` entities in titles. It validates parameters like the real API
(SE01–SE06 bodies), checks the credential headers, counts calls, and can be told to fail: a status
with its error body, a slow response, or a dropped connection, for the next N calls.
"""

from __future__ import annotations

import asyncio
import io
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from PIL import Image

ITEM_IMAGE_HOST = "https://shopping-phinf.pstatic.net"

ERRORS: dict[str, tuple[int, str]] = {
    "SE01": (400, "Incorrect query request (잘못된 쿼리요청입니다.)"),
    "SE02": (400, "Invalid display value (부적절한 display 값입니다.)"),
    "SE03": (400, "Invalid start value (부적절한 start 값입니다.)"),
    "SE04": (400, "Invalid sort value (부적절한 sort 값입니다.)"),
    "SE05": (404, "Invalid search api (존재하지 않는 검색 api 입니다.)"),
    "SE06": (400, "Malformed encoding (잘못된 형식의 인코딩입니다.)"),
    "SE99": (500, "System Error (시스템 에러)"),
}


def item(n: int, query: str, image_base: str = "https://shopping-phinf.pstatic.net") -> dict[str, Any]:
    """A product as the API sends it."""
    return {
        "title": f"<b>{query}</b> 베이직 &amp; 데일리 {n}",
        "link": f"https://smartstore.naver.com/main/products/{1000 + n}",
        "image": f"{image_base}/main_{1000 + n}/{1000 + n}.jpg",
        "lprice": str(10000 + 1000 * n) if n % 4 else "0",
        "hprice": "" if n % 2 else str(20000 + 1000 * n),
        "mallName": "네이버 &amp; 몰",
        "productId": str(80000000000 + n),
        "productType": str(1 + n % 12),
        "brand": "스타일",
        "maker": "",
        "category1": "패션의류",
        "category2": "남성의류",
        "category3": "셔츠/남방",
        "category4": "",
    }


@dataclass
class Failure:
    status: int = 0  # HTTP status with the matching error body, e.g. 500
    code: str = ""
    delay_s: float = 0.0  # answer late
    drop: bool = False  # close the connection without an answer


@dataclass
class FakeNaver:
    client_id: str = "test-id"
    client_secret: str = "test-secret"
    total: int = 137
    calls: list[dict[str, str]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    quota: int | None = None  # answer 429 after this many calls
    delay_s: float = 0.0  # answer every call this late (a slow Naver)
    serve_images: bool = False  # item images point at this server (for catalogue ingestion)
    port: int = 0
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/v1/search/{api}", self._search)
        app.router.add_get("/main_{n}/{name}", self._image)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _image(self, request: web.Request) -> web.Response:
        """Product images: a JPEG per product; every 7th is an HTML error page instead."""
        n = int(request.match_info["n"])
        if n % 7 == 0:
            return web.Response(text="<html>not found</html>", content_type="text/html")
        colour = ((n * 37) % 256, (n * 91) % 256, (n * 53) % 256)
        out = io.BytesIO()
        Image.new("RGB", (120, 160), colour).save(out, format="JPEG")
        return web.Response(body=out.getvalue(), content_type="image/jpeg")

    def configure(self, settings: Any, **more: Any) -> Any:
        """`settings` (an application Settings) with this server's URL and credentials."""
        from dataclasses import replace

        return replace(
            settings,
            naver_client_id=self.client_id,
            naver_client_secret=self.client_secret,
            naver_api_url=self.url,
            **more,
        )

    def fail_next(self, *failures: Failure) -> None:
        self.failures.extend(failures)

    async def _search(self, request: web.Request) -> web.StreamResponse:
        self.calls.append(dict(request.query))
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.failures:
            failure = self.failures.pop(0)
            if failure.delay_s:
                await asyncio.sleep(failure.delay_s)
            if failure.drop:
                assert request.transport is not None
                request.transport.close()
                return web.Response()
            if failure.status:
                return _error(failure.code or "SE99", failure.status)
        if request.match_info["api"] != "shop.json":
            return _error("SE05")
        if (request.headers.get("X-Naver-Client-Id"), request.headers.get("X-Naver-Client-Secret")) != (
            self.client_id,
            self.client_secret,
        ):
            return web.json_response(
                {"errorMessage": "Authentication failed. (인증에 실패했습니다.)", "errorCode": "024"},
                status=401,
            )
        if self.quota is not None and len(self.calls) > self.quota:
            return web.json_response(
                {"errorMessage": "Rate limit exceeded. (속도 제한을 초과했습니다.)", "errorCode": "012"},
                status=429,
            )
        query = request.query.get("query", "")
        try:
            display = int(request.query.get("display", "10"))
            start = int(request.query.get("start", "1"))
        except ValueError:
            return _error("SE02")
        if not query:
            return _error("SE01")
        if not 1 <= display <= 100:
            return _error("SE02")
        if not 1 <= start <= 1000:
            return _error("SE03")
        sort = request.query.get("sort", "sim")
        if sort not in ("sim", "date", "asc", "dsc"):
            return _error("SE04")
        n_items = max(0, min(display, self.total - start + 1))
        items = [
            item(start + i, query, self.url if self.serve_images else ITEM_IMAGE_HOST) for i in range(n_items)
        ]
        if sort == "asc":
            items.sort(key=lambda x: int(x["lprice"]))
        return web.json_response(
            {
                "lastBuildDate": time.strftime("%a, %d %b %Y %H:%M:%S +0900"),
                "total": self.total,
                "start": start,
                "display": n_items,
                "items": items,
            }
        )


def _error(code: str, status: int | None = None) -> web.Response:
    default_status, message = ERRORS[code]
    return web.json_response({"errorMessage": message, "errorCode": code}, status=status or default_status)
