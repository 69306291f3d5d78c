import CobradorCLI

await CobradorEntry.main()
