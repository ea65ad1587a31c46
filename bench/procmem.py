"""This process's memory, as the benchmarks report it (Linux /proc; ru_maxrss elsewhere)."""

from __future__ import annotations

import resource


def memory_mb(field: str = "VmHWM") -> float:
    """The process's peak resident memory (VmHWM: its own, where ru_maxrss would keep the
    parent's across exec, and reset by `reset_peak`), or its resident memory now (VmRSS)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start the peak memory count again from now (Linux: clear_refs 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass
