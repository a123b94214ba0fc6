"""What every map of the site needs from the settings: tiles, their credit, the first view."""

from __future__ import annotations

from sitebuild.checks import SettingInvalid

VIEW_SHAPE = '{"lat": 50.6, "lon": 36.6, "zoom": 8}'


def _view(view) -> dict | None:
    """Check TIMELINE_MAP_VIEW: None, or a latitude, a longitude and a zoom level."""
    if view is None:
        return None
    if not isinstance(view, dict) or set(view) != {"lat", "lon", "zoom"}:
        raise SettingInvalid(f"TIMELINE_MAP_VIEW must be None or a mapping like {VIEW_SHAPE}")
    lat, lon, zoom = view["lat"], view["lon"], view["zoom"]
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon, zoom))
    if not numbers or not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 19):
        raise SettingInvalid(
            "TIMELINE_MAP_VIEW needs a latitude from -90 to 90, a longitude from -180 to 180 "
            f"and a zoom from 0 to 19, like {VIEW_SHAPE}"
        )
    return {"lat": float(lat), "lon": float(lon), "zoom": int(zoom)}


def map_settings(tiles: str, attribution: str, view) -> dict:
    """Return the map's settings as the templates hand them to the browser."""
    if tiles and not all(part in tiles for part in ("{z}", "{x}", "{y}")):
        raise SettingInvalid("TIMELINE_MAP_TILES must hold {z}, {x} and {y}, or be empty")
    return {"tiles": tiles or "", "attribution": attribution or "", "view": _view(view)}
