"""LibreOffice headless as a reader: converts files and says where the result is."""
import os
import shutil
import subprocess
import tempfile

MISSING = ("LibreOffice (soffice) is not installed; Scripts/bootstrap --tests installs libreoffice-calc-nogui "
           "and says why when it could not")
# Comma-separated, double quotes, UTF-8 (76), from the first row.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def find():
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(soffice, source, folder, target, infilter=None):
    """Converts `source` into `folder` with the --convert-to `target`; returns the new file's path."""
    os.makedirs(folder, exist_ok=True)
    options = [f"--infilter={infilter}"] if infilter else []
    with tempfile.TemporaryDirectory(prefix="pks-lo-profile-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", *options,
                        "--convert-to", target, "--outdir", folder, source], check=True, capture_output=True, timeout=300)
    extension = target.split(":")[0]
    result = os.path.join(folder, os.path.splitext(os.path.basename(source))[0] + "." + extension)
    if not os.path.exists(result):
        raise AssertionError(f"LibreOffice wrote no {result}")
    return result


def to_csv(soffice, source, folder):
    return convert(soffice, source, folder, CSV_FILTER)


def delimited_to_xlsx(soffice, source, folder, separator):
    """Imports a csv or tsv file as UTF-8 and saves it as xlsx."""
    return convert(soffice, source, folder, "xlsx", infilter=f"CSV:{ord(separator)},34,76,1")
