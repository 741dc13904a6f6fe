"""Reading newsstats outputs in notebooks: the output folder, date-range reads, the manifest.

The daily tables are partitioned by month (``country_stats/month=2024-06/...``) and sorted by date;
``read_table`` turns a date range into a month range as well, so DuckDB opens only the months
inside it and skips row groups outside the days.
"""
import json
import os
from pathlib import Path

import duckdb
import pandas as pd


def output_dir(default="../out/sample"):
    """The job output to explore: $NEWSSTATS_OUTPUT if set, else ``default`` (relative to notebooks/)."""
    return Path(os.environ.get("NEWSSTATS_OUTPUT", default)).resolve()


def manifest(out):
    return json.loads((Path(out) / "_manifest.json").read_text())


def read_table(out, name, date_from=None, date_to=None, where=None, date_column=None):
    """One output table as a DataFrame, optionally limited to [date_from, date_to] and a SQL filter."""
    path = Path(out) / name
    files = list(path.glob("**/*.parquet"))
    if not files:
        return pd.DataFrame()
    partitioned = any(p.parent.name.startswith("month=") for p in files)
    column = date_column or ("date" if partitioned else "published_date")
    conditions = []
    if date_from:
        conditions.append(f"{column} >= DATE '{date_from}'")
        if partitioned:
            conditions.append(f"month >= '{str(date_from)[:7]}'")
    if date_to:
        conditions.append(f"{column} <= DATE '{date_to}'")
        if partitioned:
            conditions.append(f"month <= '{str(date_to)[:7]}'")
    if where:
        conditions.append(f"({where})")
    sql = f"SELECT * FROM read_parquet('{path}/**/*.parquet', hive_partitioning = {str(partitioned).lower()})"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    frame = duckdb.sql(sql).df()
    for c in ("date", "published_date"):
        if c in frame.columns:
            frame[c] = pd.to_datetime(frame[c])
    return frame


def weighted_tone(frame, by):
    """Totals per entity over several days: mentions and articles summed, tone weighted by mentions."""
    f = frame.assign(_tone_x_mentions=frame["tone_mean"] * frame["mentions"])
    g = f.groupby(by, as_index=False).agg(
        mentions=("mentions", "sum"), articles=("articles", "sum"),
        positive=("positive_mentions", "sum"), negative=("negative_mentions", "sum"),
        _tone=("_tone_x_mentions", "sum"))
    g["tone_mean"] = g["_tone"] / g["mentions"]
    return g.drop(columns="_tone")
