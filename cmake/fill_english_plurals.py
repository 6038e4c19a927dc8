#!/usr/bin/env python3
"""Fills the English plural forms of translations/steward_en.ts from the "(s)" sources.

Qt needs a translation to choose between "1 error" and "2 errors"; the source strings
are written "%n error(s)", or with explicit choices: "%n entr(y|ies) (is|are)". Run after `cmake --build build --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/steward_en.ts"
tree = ET.parse(path)
# "error(s)" -> error / errors; "entr(y|ies)", "(is|are)" -> the first or the second choice.
choice = re.compile(r"(\w*)\((\w*)\|(\w*)\)")
pattern = re.compile(r"(\w+)\((\w+)\)")
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = choice.sub(lambda m: m.group(1) + m.group(2), source)
    plural = choice.sub(lambda m: m.group(1) + m.group(3), source)
    singular = pattern.sub(lambda m: m.group(1), singular)
    plural = pattern.sub(lambda m: m.group(1) + m.group(2), plural)
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
