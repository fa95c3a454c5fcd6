using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Micro -- --filter '*'   (or e.g. --filter '*Srp*')
BenchmarkSwitcher.FromAssembly(typeof(Micro.TotpBenchmarks).Assembly).Run(args);
