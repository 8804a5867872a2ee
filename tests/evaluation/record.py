"""Record the current F1 per category as the baseline ``test_scores.py`` holds the code to."""

from __future__ import annotations

import json

from tests.evaluation.test_scores import BASELINE, SETS, scores_for


def main() -> None:
    """Measure every available set and write ``baseline.json``."""
    data = {name: scores_for(path) for name, path in sorted(SETS.items()) if path.is_file()}
    BASELINE.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    print(json.dumps(data, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
