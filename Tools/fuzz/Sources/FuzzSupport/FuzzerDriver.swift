import CLibFuzzer

/// The package manager links an executable's `main` to `<Target>_main` (so that tests may import
/// executables); each target defines that symbol and hands over to libFuzzer's driver with its callback.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var argc = CommandLine.argc
    var argv = Optional(CommandLine.unsafeArgv)
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
