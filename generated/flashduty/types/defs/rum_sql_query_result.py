"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import duty_error, rum_sql_query_data


class RumSqlQueryResult(FlashdutyModel):
    """Outcome of one query of a batch; a failed query does not fail the others."""

    error: duty_error.DutyError | None = None
    data: rum_sql_query_data.RumSqlQueryData | None = None
