"""No module over 600 lines (issue: one job per module): a long module is a sign that two jobs
share a file. The runtime package and the training code are checked."""
from tests.conftest import ROOT

LIMIT = 600


def test_no_module_is_longer_than_the_limit():
    modules = [*(ROOT / "src" / "marsad").rglob("*.py"), *(ROOT / "training").rglob("*.py")]
    assert len(modules) > 50
    long = {str(p.relative_to(ROOT)): n for p in modules
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert not long, f"modules over {LIMIT} lines: {long}"
