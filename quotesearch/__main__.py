from quotesearch.cli import main

main()
