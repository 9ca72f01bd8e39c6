"""The quality gate: ../shared/eval/score.py on the dev set must stay at or above the
floors in quality_floors.json. Raise a floor when a capability lands; lowering one
needs a reason in the commit message."""
import json
import subprocess
import sys

from tests.conftest import MARSAD, ROOT, shared_path

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text())


def test_dev_set_scores_stay_above_the_floors(tmp_path):
    scorer = shared_path("eval", "score.py")
    dev = shared_path("eval", "dev")
    out = tmp_path / "metrics.json"
    proc = subprocess.run(
        [sys.executable, str(scorer), str(dev), "--run", f"{MARSAD} analyze --published {{published}} {{path}}",
         "--run-bare", f"{MARSAD} analyze {{path}}", "--json", str(out)],
        capture_output=True, text=True, timeout=900)
    print(proc.stdout, proc.stderr)
    metrics = json.loads(out.read_text())
    assert metrics["contract_errors"] == 0, proc.stderr
    below = {k: (metrics.get(k, 0.0), floor) for k, floor in FLOORS.items() if metrics.get(k, 0.0) < floor}
    assert not below, f"metrics below their floors (got, floor): {below}"
