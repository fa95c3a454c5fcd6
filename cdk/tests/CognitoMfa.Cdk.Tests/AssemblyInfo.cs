// The jsii runtime behind the CDK is one Node.js process per test run; keep its callers on one thread at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
