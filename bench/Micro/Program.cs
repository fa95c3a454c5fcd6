using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Micro -- --filter '*'   (or e.g. --filter '*Srp*')
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
