#!/usr/bin/env python3
"""Expands @RRRRRR-YYYYMMDD-SSS into a valid GB 11643-1999 resident ID (ISO 7064 MOD 11-2 check
character). Used once to write the case files; kept so a tester can add cases the same way:
    python3 expand.py template.yaml > ../resources/cases/file.yaml"""
import re, sys
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def rid(region, birth, seq):
    first = region + birth + seq
    s = sum(int(c) * w for c, w in zip(first, W))
    return first + "10X98765432"[s % 11]
text = open(sys.argv[1], encoding="utf-8").read()
sys.stdout.write(re.sub(r"@(\d{6})-(\d{8})-(\d{3})", lambda m: rid(*m.groups()), text))
