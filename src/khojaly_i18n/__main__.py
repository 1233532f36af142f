"""``python -m khojaly_i18n`` runs the command-line interface."""

from khojaly_i18n.cli import main

if __name__ == "__main__":
    main()
