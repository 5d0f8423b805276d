"""What Stylist says about the morning outfit, in English and Korean: started, its hour, stopped, the
morning's greeting (`application.daily`, `bot/daily.py`)."""

from __future__ import annotations

DAILY: dict[str, dict[str, str]] = {
    "daily_on": {
        "en": "☀️ Done: every morning at {hour}:00 (Korea time) I'll send you an outfit for the day's "
        "weather — from your own wardrobe when you've saved pieces. “/daily off” stops it.",
        "ko": "☀️ 매일 아침 {hour}시(한국 시간)에 그날 날씨에 맞는 코디를 보내 드릴게요. 옷장에 저장한 옷이 "
        "있으면 그 옷으로 코디해요. 그만 받으려면 “/daily off”.",
    },
    "daily_off": {
        "en": "Okay, no more morning outfits. “/daily” starts them again.",
        "ko": "아침 코디를 그만 보낼게요. 다시 받으려면 “/daily”.",
    },
    "daily_was_off": {  # "/daily off", "stop", "what time will you send it?" with no morning outfit on
        "en": "I only write when you do — no morning outfits are on. “/daily” starts them.",
        "ko": "먼저 말씀하실 때만 답해요. 아침 코디는 받고 있지 않아요. 받으려면 “/daily”.",
    },
    "daily_when": {
        "en": "Every morning at {hour}:00 (Korea time). “At 7” moves it, “/daily off” stops it.",
        "ko": "매일 아침 {hour}시(한국 시간)에 보내 드려요. “7시로 바꿔줘”로 시간을, “/daily off”로 "
        "중지할 수 있어요.",
    },
    "daily_hello": {
        "en": "☀️ Good morning! An outfit idea for today:",
        "ko": "☀️ 좋은 아침이에요! 오늘의 코디예요:",
    },
}
