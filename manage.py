#!/usr/bin/env python
from habar.cli import main

if __name__ == "__main__":
    main()
