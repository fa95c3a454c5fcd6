namespace LocalCognito.Store;

/// <summary>The --data folder or a file in it cannot be used; the message says which and what to do.</summary>
public sealed class DataFileException(string message, Exception? inner = null) : Exception(message, inner);
