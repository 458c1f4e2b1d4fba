"""Prefecture names for the ISO 3166-2:JP codes the server sends (e.g. "JP-13").

The office list shows where an office is; a code means nothing to a person.
Japanese readers get the Japanese name, everyone else the romanised one.
The client keeps its own copy because it must work without the server package.
"""

from __future__ import annotations

_TABLE = (
    "北海道 Hokkaido,青森県 Aomori,岩手県 Iwate,宮城県 Miyagi,秋田県 Akita,山形県 Yamagata,"
    "福島県 Fukushima,茨城県 Ibaraki,栃木県 Tochigi,群馬県 Gunma,埼玉県 Saitama,千葉県 Chiba,"
    "東京都 Tokyo,神奈川県 Kanagawa,新潟県 Niigata,富山県 Toyama,石川県 Ishikawa,福井県 Fukui,"
    "山梨県 Yamanashi,長野県 Nagano,岐阜県 Gifu,静岡県 Shizuoka,愛知県 Aichi,三重県 Mie,"
    "滋賀県 Shiga,京都府 Kyoto,大阪府 Osaka,兵庫県 Hyogo,奈良県 Nara,和歌山県 Wakayama,"
    "鳥取県 Tottori,島根県 Shimane,岡山県 Okayama,広島県 Hiroshima,山口県 Yamaguchi,"
    "徳島県 Tokushima,香川県 Kagawa,愛媛県 Ehime,高知県 Kochi,福岡県 Fukuoka,佐賀県 Saga,"
    "長崎県 Nagasaki,熊本県 Kumamoto,大分県 Oita,宮崎県 Miyazaki,鹿児島県 Kagoshima,沖縄県 Okinawa"
)

# "JP-01" … "JP-47" → (Japanese name, romanised name), in the official order.
PREFECTURES: dict[str, tuple[str, str]] = {
    f"JP-{number:02d}": (pair.split()[0], pair.split()[1])
    for number, pair in enumerate(_TABLE.split(","), start=1)
}


def prefecture_name(code: str, language_code: str) -> str:
    """Readable name; an unknown value is shown as it came (better than nothing)."""
    names = PREFECTURES.get(code.strip().upper())
    if names is None:
        return code
    return names[0] if language_code.startswith("ja") else names[1]
