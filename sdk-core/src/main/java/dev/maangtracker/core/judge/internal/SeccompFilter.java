package dev.maangtracker.core.judge.internal;

import java.io.ByteArrayOutputStream;

/**
 * Builds the classic-BPF seccomp program (x86_64) that bubblewrap installs with {@code --seccomp FD}. It is a deny
 * list on top of the namespaces: syscalls that reach kernel attack surface or other processes fail with EPERM,
 * sockets other than AF_UNIX/AF_INET/AF_INET6 fail with EAFNOSUPPORT, clone with namespace flags fails, clone3 fails
 * with ENOSYS (so libc falls back to clone, whose flags are checked), x32 and foreign-architecture calls kill the
 * process. Generated here rather than with libseccomp so nothing else needs installing; the layout is fixed and
 * covered by a unit test.
 */
public final class SeccompFilter {

    static final int AUDIT_ARCH_X86_64 = 0xc000003e;
    static final int X32_SYSCALL_BIT = 0x40000000;
    static final int SYS_SOCKET = 41;
    static final int SYS_CLONE = 56;
    static final int SYS_CLONE3 = 435;
    static final int CLONE_NAMESPACE_FLAGS = 0x7E020000;

    /** Syscalls denied with EPERM (x86_64 numbers). */
    static final int[] DENIED = {
        101, // ptrace
        310, 311, // process_vm_readv, process_vm_writev
        248, 249, 250, // add_key, request_key, keyctl
        321, // bpf
        298, // perf_event_open
        323, // userfaultfd
        165, 166, // mount, umount2
        272, 308, // unshare, setns
        425, 426, 427, // io_uring_setup, io_uring_enter, io_uring_register
        155, 161, // pivot_root, chroot
        428, 429, 430, 431, 432, 433, 442, // open_tree, move_mount, fsopen, fsconfig, fsmount, fspick, mount_setattr
        246, 320, // kexec_load, kexec_file_load
        175, 313, 176, // init_module, finit_module, delete_module
        169, 167, 168, // reboot, swapon, swapoff
        163, 179, 103, // acct, quotactl, syslog
        172, 173, // iopl, ioperm
        303, 304, // name_to_handle_at, open_by_handle_at
        212, // lookup_dcookie
        134, // uselib
        156, // _sysctl
        139, // sysfs
        300, 301, // fanotify_init, fanotify_mark
        312, // kcmp
    };

    static final int EPERM = 1;
    static final int ENOSYS = 38;
    static final int EAFNOSUPPORT = 97;

    private static final int LD_W_ABS = 0x20;
    private static final int JEQ_K = 0x15;
    private static final int JGE_K = 0x35;
    private static final int JSET_K = 0x45;
    private static final int RET_K = 0x06;
    private static final int RET_ALLOW = 0x7fff0000;
    private static final int RET_KILL_PROCESS = 0x80000000;
    private static final int RET_ERRNO = 0x00050000;
    private static final int OFFSET_NR = 0;
    private static final int OFFSET_ARCH = 4;
    private static final int OFFSET_ARG0_LOW = 16;

    private SeccompFilter() {
    }

    /** The program as bytes of {@code struct sock_filter}, little-endian. */
    public static byte[] program() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        put(out, LD_W_ABS, 0, 0, OFFSET_ARCH);
        put(out, JEQ_K, 1, 0, AUDIT_ARCH_X86_64);
        put(out, RET_K, 0, 0, RET_KILL_PROCESS);
        put(out, LD_W_ABS, 0, 0, OFFSET_NR);
        put(out, JGE_K, 0, 1, X32_SYSCALL_BIT);
        put(out, RET_K, 0, 0, RET_KILL_PROCESS);
        for (int nr : DENIED) {
            put(out, JEQ_K, 0, 1, nr);
            put(out, RET_K, 0, 0, RET_ERRNO | EPERM);
        }
        put(out, JEQ_K, 0, 1, SYS_CLONE3);
        put(out, RET_K, 0, 0, RET_ERRNO | ENOSYS);
        put(out, JEQ_K, 0, 6, SYS_SOCKET);
        put(out, LD_W_ABS, 0, 0, OFFSET_ARG0_LOW);
        put(out, JEQ_K, 3, 0, 1); // AF_UNIX
        put(out, JEQ_K, 2, 0, 2); // AF_INET
        put(out, JEQ_K, 1, 0, 10); // AF_INET6
        put(out, RET_K, 0, 0, RET_ERRNO | EAFNOSUPPORT);
        put(out, RET_K, 0, 0, RET_ALLOW);
        put(out, JEQ_K, 0, 4, SYS_CLONE);
        put(out, LD_W_ABS, 0, 0, OFFSET_ARG0_LOW);
        put(out, JSET_K, 0, 1, CLONE_NAMESPACE_FLAGS);
        put(out, RET_K, 0, 0, RET_ERRNO | EPERM);
        put(out, RET_K, 0, 0, RET_ALLOW);
        put(out, RET_K, 0, 0, RET_ALLOW);
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int code, int jt, int jf, int k) {
        out.write(code & 0xff);
        out.write((code >>> 8) & 0xff);
        out.write(jt);
        out.write(jf);
        out.write(k & 0xff);
        out.write((k >>> 8) & 0xff);
        out.write((k >>> 16) & 0xff);
        out.write((k >>> 24) & 0xff);
    }
}
