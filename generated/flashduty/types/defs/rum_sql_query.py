"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class RumSqlQuery(FlashdutyModel):
    """One SQL query of a batch sent to `rum.data.query`."""

    disable_sampling: bool = False
    """Ask the engine not to sample when it can avoid it."""
    id: str = ""
    """Your name for the query, e.g. `A`; its result comes back under this key."""
    sql: str = ""
    """
    A single-table SELECT over `sessions`, `views`, `actions`, `errors`, `long_tasks`, `resources`, `vitals`, `issues` or `sourcemaps`. Do not qualify names; alias every function column. `offset` + `limit` may not exceed 10000; a `table` query without `limit` gets 1226.
    """
    dql: str = ""
    """Optional search text appended to the SQL's WHERE clause, e.g. `login`."""
    format: Annotated[Literal["time_series", "table"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Shape of the result."""
    interval: int = 0
    """
    Time series only: smallest bucket you want, in milliseconds. The server widens it to fit `max_points` and rounds it to a standard step.
    """
    max_points: int = 0
    """Time series only; fewer points mean wider buckets."""
    time_zone: str = ""
    """Time series only; IANA time zone for the buckets (UTC by default)."""
    search_after_ctx: str = ""
    """
    Cursor from the previous result. Only produced for table queries with a `limit`, no `offset`, no aggregation and an ORDER BY that is unique (add a tie-breaker column such as `session_id`).
    """
