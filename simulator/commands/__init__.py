"""One module per `rapport` subcommand; each has `register(subparsers)` setting `func`."""
