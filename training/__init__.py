"""Training and table-building code for marsad's shipped models.

Nothing under `src/marsad` imports this package: the runtime only loads what the
scripts here wrote into `src/marsad/models/`. Run the scripts from the repository
root (`python -m training.<module>`), with `../shared/data` beside the repository.
"""
