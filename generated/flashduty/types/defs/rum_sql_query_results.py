"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from pydantic import RootModel

from . import rum_sql_query_result


class RumSqlQueryResults(RootModel[dict[str, rum_sql_query_result.RumSqlQueryResult]]):
    """Results keyed by the `id` of each query."""

    root: dict[str, rum_sql_query_result.RumSqlQueryResult]
