#!/usr/bin/env python3
"""Runs socklab with arguments that must be refused: it has to exit with status 2 and say on stderr
what is wrong, without a window and without a display (the test's environment has none).
Usage: expect_usage_error.py SOCKLAB EXPECTED_TEXT[,EXPECTED_TEXT...] -- ARGUMENTS..."""
import subprocess
import sys

socklab, expected = sys.argv[1], sys.argv[2].split(',')
arguments = sys.argv[sys.argv.index('--') + 1:]
result = subprocess.run([socklab, *arguments], capture_output=True, text=True, timeout=30)
problems = []
if result.returncode != 2:
    problems.append(f"exit status {result.returncode}, expected 2")
problems += [f"stderr does not mention {text!r}" for text in expected if text not in result.stderr]
if problems:
    print("FAIL: " + "; ".join(problems), file=sys.stderr)
    print(f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}", file=sys.stderr)
    sys.exit(1)
print(f"ok: {result.stderr.strip()}")
