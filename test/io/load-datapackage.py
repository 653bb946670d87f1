"""Loads a Frictionless data package written by writeDataPackage with pandas, typed by its Table
Schema, checks the schema's constraints, and prints a JSON summary. Used by datapackage.test.ts."""
import json
import sys
from pathlib import Path

import pandas as pd

folder = Path(sys.argv[1])
package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
resource = package["resources"][0]
schema = resource["schema"]
DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
dtype = {f["name"]: DTYPES[f["type"]] for f in schema["fields"] if f["type"] in DTYPES}
dates = [f["name"] for f in schema["fields"] if f["type"] == "date"]
true_values = sorted({v for f in schema["fields"] for v in f.get("trueValues", [])}) or None
false_values = sorted({v for f in schema["fields"] for v in f.get("falseValues", [])}) or None
df = pd.read_csv(
    folder / resource["path"],
    dtype=dtype,
    parse_dates=dates,
    keep_default_na=False,
    na_values=schema["missingValues"],
    true_values=true_values,
    false_values=false_values,
    encoding=resource["encoding"],
)
problems = []
if list(df.columns) != [f["name"] for f in schema["fields"]]:
    problems.append("columns differ from the schema fields")
for f in schema["fields"]:
    c = f.get("constraints", {})
    col = df[f["name"]]
    if c.get("required") and col.isna().any():
        problems.append(f"{f['name']} is required but has missing values")
    if c.get("unique") and col.dropna().duplicated().any():
        problems.append(f"{f['name']} must be unique")
    if "enum" in c and not col.dropna().isin(c["enum"]).all():
        problems.append(f"{f['name']} has values outside its enum")
key = schema.get("primaryKey")
if key is not None and df[key].duplicated().any():
    problems.append("primary key is not unique")


def total(name):
    return None if name not in df else int(df[name].sum())


print(json.dumps({
    "rows": int(len(df)),
    "dtypes": {k: str(v) for k, v in df.dtypes.items()},
    "problems": problems,
    "fatalities_best": total("fatalities_best"),
    "fatalities": total("fatalities"),
    "claimed_true": None if "claimed" not in df else int((df["claimed"] == True).sum()),  # noqa: E712
    "first_date_start": None if "date_start" not in df or df["date_start"].isna().all() else str(df["date_start"].min().date()),
}))
