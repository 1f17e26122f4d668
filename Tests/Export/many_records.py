"""Many services and their records, entered through pks itself, for the benchmark and the tests
that need a large export: the administrator adds and publishes the services, ieva enters a record
for each (three channels, computed indicators), both in one transaction."""
import os


def write_scripts(folder, count):
    """Writes admin.pks and user.pks into `folder`; returns their paths."""
    admin, user = os.path.join(folder, "admin.pks"), os.path.join(folder, "user.pks")
    with open(admin, "w", encoding="utf-8") as services, open(user, "w", encoding="utf-8") as records:
        for number in range(count):
            code = f"M{number:05d}"
            services.write(f"service add {code} 'Pakalpojums Nr. {number}: ēkas & zemes <izziņa>' --institution CARN\n"
                           f"service channels {code} e-latvija klatiene pasts\nservice publish {code}\n")
            records.write(f"add {code}\nset e-latvija {number % 5000 + 1} {number % 4000}\n"
                          f"set klatiene {number % 300} {number % 300}\nset pasts 3 2\ncomplaints {number % 7}\n"
                          f"delays {number % 11}\ncompute\nsave\n")
    return admin, user


def enter(scratch, count):
    """Enters `count` records for ieva's institution into the scratch database."""
    admin, user = write_scripts(scratch.folder, count)
    scratch.pks("--user", "admin", "--single-transaction", "run", admin)
    scratch.pks("--user", "ieva", "--single-transaction", "run", user)
