#!/usr/bin/env python3
"""Validate tests/corpus2/gold.jsonl with the development corpus's validator.

Usage:  python3 tests/corpus2/check_gold.py [--stats]
Runs tests/corpus/check_gold.py unchanged, with its article and gold paths pointed at
tests/corpus2/. Exits 0 when the gold file is clean, 1 when any problem is found.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_CHECK = os.path.join(HERE, '..', 'corpus', 'check_gold.py')

spec = importlib.util.spec_from_file_location('corpus_check_gold', CORPUS_CHECK)
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)
check.ARTICLES = os.path.join(HERE, 'articles')
check.GOLD = os.path.join(HERE, 'gold.jsonl')

if __name__ == '__main__':
    sys.exit(check.main())
