// Startup time and memory, softphone beside the floor (bench_empty_window: an empty Qt
// Widgets window, same Qt and build) and Twinkle (a Qt SIP softphone), under one X
// server (run it with xvfb-run). For each run it forks the program with a fresh HOME,
// watches the X server for top-level windows being mapped and the program's stderr for
// softphone's "ready <ms>" line (--report-ready: window exposed and logged in to the
// embedded simulator), then reads VmRSS from /proc 3 s later and ends the program.
//
//   bench_startup --softphone build-bench/softphone [--empty build-bench/bench/bench_empty_window]
//                 [--sim build-bench/gws-sim] [--twinkle /usr/bin/twinkle] [--runs 5]
//
// With --sim, the softphone is also timed against that simulator run as a separate process
// (as an agent meets a real GWS): its own footprint, without the built-in simulator's
// HTTP server, TLS backend and thread in the process; and against a second one whose
// answers each come 30 ms later, as over a network, where the login's round trips in a row
// count (the login's first request leaves before the window is built).
//
// Times are from just before fork() to the event, on CLOCK_MONOTONIC. Prints medians.

#include <X11/Xlib.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

bool verbose = false;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Program
{
    std::string name;
    std::vector<std::string> argv;
    bool waitsForReadyLine; // softphone: shown = "ready" line; others: first window mapped
    void (*prepareHome)(const std::string &home);
};

struct Sample
{
    double shownMs = -1;    // what counts as shown (see Program)
    double firstMapMs = -1; // first top-level window mapped
    double cpuMs = -1;      // CPU time of all its threads until shown
    long rssKb = -1;        // VmRSS 3 s after shown
};

void writeFile(const std::string &path, const std::string &text)
{
    std::ofstream(path) << text;
}

void prepareTwinkleHome(const std::string &home)
{
    // A profile, so Twinkle opens its main window instead of the profile wizard; no
    // registration or presence (no SIP traffic), and the ALSA null device (no sound card).
    const std::string dir = home + "/.twinkle";
    mkdir(dir.c_str(), 0700);
    writeFile(dir + "/bench.cfg", "user_name=bench\nuser_domain=127.0.0.1\nuser_display=Bench\n"
                                  "register_at_startup=no\npres_publish_startup=no\n");
    writeFile(dir + "/twinkle.sys",
              "dev_ringtone=alsa:null\ndev_speaker=alsa:null\ndev_mic=alsa:null\n"
              "validate_audio_dev=no\ngui_use_systray=no\nstart_hidden=no\n");
}

void prepareNothing(const std::string &) {}

long readRssKb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

// Run time of every thread so far (schedstat, in ns): exact, unlike utime+stime's ticks.
double cpuMsOf(pid_t pid)
{
    const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
    DIR *dir = opendir(tasks.c_str());
    if (!dir)
        return -1;
    double ns = 0;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        std::ifstream stat(tasks + "/" + entry->d_name + "/schedstat");
        double runNs = 0;
        if (stat >> runNs)
            ns += runNs;
    }
    closedir(dir);
    return ns / 1e6;
}

std::string removeTree(const std::string &dir)
{
    const std::string cmd = "rm -rf '" + dir + "'";
    if (std::system(cmd.c_str()) != 0)
        std::fprintf(stderr, "could not remove %s\n", dir.c_str());
    return dir;
}

void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    for (int i = 0; i < 40; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        usleep(50 * 1000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

Sample runOnce(Display *display, const Program &program)
{
    char homeTemplate[] = "/tmp/bench-startup-XXXXXX";
    const std::string home = mkdtemp(homeTemplate);
    program.prepareHome(home);

    int errPipe[2];
    if (pipe2(errPipe, O_CLOEXEC) != 0) {
        std::perror("pipe");
        std::exit(1);
    }
    XSync(display, True); // drop events of earlier runs

    const Clock::time_point t0 = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("HOME", home.c_str(), 1);
        unsetenv("XDG_CONFIG_HOME");
        unsetenv("XDG_CACHE_HOME");
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        std::vector<char *> args;
        for (const std::string &a : program.argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(errPipe[1]);
    fcntl(errPipe[0], F_SETFL, O_NONBLOCK);

    Sample s;
    std::string errText;
    double rssAtMs = -1;
    const double deadlineMs = 30000;
    bool errOpen = true;
    while (msSince(t0) < deadlineMs) {
        if (s.shownMs >= 0 && rssAtMs < 0)
            rssAtMs = s.shownMs + 3000;
        if (rssAtMs >= 0 && msSince(t0) >= rssAtMs) {
            s.rssKb = readRssKb(pid);
            break;
        }
        pollfd fds[2] = {{ConnectionNumber(display), POLLIN, 0}, {errPipe[0], POLLIN, 0}};
        const int waitMs = rssAtMs >= 0 ? std::max(1, int(rssAtMs - msSince(t0))) : 100;
        poll(fds, errOpen ? 2 : 1, waitMs);
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type != MapNotify || event.xmap.override_redirect)
                continue;
            XWindowAttributes attributes;
            if (!XGetWindowAttributes(display, event.xmap.window, &attributes))
                continue;
            const double at = msSince(t0);
            if (verbose) {
                char *title = nullptr;
                XFetchName(display, event.xmap.window, &title);
                std::fprintf(stderr, "  %s: %.0f ms window mapped %dx%d \"%s\"\n",
                             program.name.c_str(), at, attributes.width, attributes.height,
                             title ? title : "");
                if (title)
                    XFree(title);
            }
            if (attributes.width * attributes.height < 100 * 50)
                continue; // helper windows (Qt's selection owner and the like)
            if (s.firstMapMs < 0)
                s.firstMapMs = at;
            if (!program.waitsForReadyLine && s.shownMs < 0) {
                s.shownMs = at;
                s.cpuMs = cpuMsOf(pid);
            }
        }
        if (errOpen && (fds[1].revents & (POLLIN | POLLHUP))) {
            char buffer[4096];
            const ssize_t n = read(errPipe[0], buffer, sizeof buffer);
            if (n > 0) {
                const double at = msSince(t0);
                errText.append(buffer, size_t(n));
                if (program.waitsForReadyLine && s.shownMs < 0 &&
                    (errText.rfind("ready ", 0) == 0 ||
                     errText.find("\nready ") != std::string::npos)) {
                    s.shownMs = at;
                    s.cpuMs = cpuMsOf(pid);
                }
            } else if (n == 0 || (n < 0 && errno != EAGAIN)) {
                errOpen = false;
            }
        }
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            std::fprintf(stderr, "%s exited early; its stderr:\n%s\n", program.name.c_str(),
                         errText.c_str());
            close(errPipe[0]);
            removeTree(home);
            return {};
        }
    }
    if (s.rssKb < 0)
        std::fprintf(stderr, "%s: not shown within %.0f s; its stderr:\n%s\n", program.name.c_str(),
                     deadlineMs / 1000, errText.c_str());
    stop(pid);
    close(errPipe[0]);
    removeTree(home);
    return s;
}

double median(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return x < 0; }), v.end());
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Summary
{
    double shownMs, firstMapMs, cpuMs, rssMiB;
    int good;
};

Summary summarize(const std::vector<Sample> &samples)
{
    std::vector<double> shown, map, cpu, rss;
    int good = 0;
    for (const Sample &s : samples) {
        shown.push_back(s.shownMs);
        map.push_back(s.firstMapMs);
        cpu.push_back(s.cpuMs);
        rss.push_back(s.rssKb < 0 ? -1 : s.rssKb / 1024.0);
        good += s.rssKb >= 0;
    }
    return {median(shown), median(map), median(cpu), median(rss), good};
}

void usage()
{
    std::fprintf(stderr, "usage: bench_startup --softphone PATH [--empty PATH] [--sim PATH] "
                         "[--twinkle PATH] [--runs N] [--verbose]\n"
                         "(under an X server, e.g. xvfb-run -a)\n");
    std::exit(2);
}

// gws-sim on a free loopback port, its stdout read until it says where it listens;
// `latencyMs` > 0 answers every /api request that much later, as over a network.
pid_t startSimulator(const std::string &path, int latencyMs, std::string *url)
{
    const std::string latency = std::to_string(latencyMs);
    int outPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(outPipe[1], STDOUT_FILENO);
        dup2(outPipe[1], STDERR_FILENO);
        execl(path.c_str(), path.c_str(), "--port", "0", "--latency", latency.c_str(),
              static_cast<char *>(nullptr));
        _exit(127);
    }
    close(outPipe[1]);
    std::string text;
    const Clock::time_point t0 = Clock::now();
    while (msSince(t0) < 10000) {
        pollfd fd{outPipe[0], POLLIN, 0};
        poll(&fd, 1, 100);
        char buffer[1024];
        const ssize_t n = fd.revents ? read(outPipe[0], buffer, sizeof buffer) : 0;
        if (n > 0)
            text.append(buffer, size_t(n));
        const size_t at = text.find("http://127.0.0.1:");
        if (at != std::string::npos) {
            const size_t end = text.find_first_not_of("0123456789", at + 17);
            if (end != std::string::npos) {
                *url = text.substr(at, end - at);
                close(outPipe[0]); // it writes little more; a full pipe would not stop it
                return pid;
            }
        }
    }
    std::fprintf(stderr, "gws-sim did not say where it listens; it said:\n%s\n", text.c_str());
    close(outPipe[0]);
    stop(pid);
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    std::string softphone, twinkle, empty, sim;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--softphone" && i + 1 < argc)
            softphone = argv[++i];
        else if (a == "--twinkle" && i + 1 < argc)
            twinkle = argv[++i];
        else if (a == "--empty" && i + 1 < argc)
            empty = argv[++i];
        else if (a == "--sim" && i + 1 < argc)
            sim = argv[++i];
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--verbose")
            verbose = true;
        else
            usage();
    }
    if (softphone.empty())
        usage();
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "cannot open the X display; run under xvfb-run -a\n");
        return 2;
    }
    // Top-level windows are children of the root window (no window manager under Xvfb).
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);

    std::vector<Program> programs{
        {"softphone", {softphone, "--no-demo", "--report-ready"}, true, prepareNothing}};
    // Against gws-sim as another process; then as over a network where every answer takes
    // kNetworkMs more, where what counts is how many round trips follow one another.
    constexpr int kNetworkMs = 30;
    std::vector<pid_t> simPids;
    if (!sim.empty()) {
        setenv("SOFTPHONE_PASSWORD", "agent2", 1); // the simulator's agent2 (password agent2)
        for (const auto &[name, latencyMs] : {std::pair{"softphone>sim", 0},
                                               std::pair{"softphone>30ms", kNetworkMs}}) {
            std::string url;
            const pid_t pid = startSimulator(sim, latencyMs, &url);
            if (pid < 0) {
                for (pid_t started : simPids)
                    stop(started);
                return 2;
            }
            simPids.push_back(pid);
            programs.push_back({name,
                                {softphone, "--server", url, "--user", "agent2", "--report-ready"},
                                true, prepareNothing});
        }
    }
    if (!empty.empty())
        programs.push_back({"empty Qt", {empty}, false, prepareNothing});
    if (!twinkle.empty())
        programs.push_back({"twinkle", {twinkle, "-f", "bench"}, false, prepareTwinkleHome});

    std::vector<std::vector<Sample>> samples(programs.size());
    for (const Program &p : programs)
        runOnce(display, p); // warm-up: page cache, font cache
    for (int r = 0; r < runs; ++r) {
        for (size_t i = 0; i < programs.size(); ++i) {
            const Sample s = runOnce(display, programs[i]);
            std::fprintf(stderr,
                         "run %d %-13s shown %6.0f ms  first window %6.0f ms  CPU %6.0f ms  "
                         "RSS %6.1f MiB\n",
                         r + 1, programs[i].name.c_str(), s.shownMs, s.firstMapMs, s.cpuMs,
                         s.rssKb / 1024.0);
            samples[i].push_back(s);
        }
    }

    std::printf("Startup and memory under Xvfb, median of %d runs each\n", runs);
    std::printf("%-14s %12s %19s %18s %16s\n", "program", "shown (ms)", "first window (ms)",
                "CPU to shown (ms)", "RSS +3 s (MiB)");
    std::vector<Summary> sums;
    for (size_t i = 0; i < programs.size(); ++i) {
        const Summary s = summarize(samples[i]);
        sums.push_back(s);
        std::printf("%-14s %12.0f %19.0f %18.0f %16.1f\n", programs[i].name.c_str(), s.shownMs,
                    s.firstMapMs, s.cpuMs, s.rssMiB);
        if (s.good < runs)
            std::printf("  (%d of %d runs failed)\n", runs - s.good, runs);
    }
    std::printf("softphone shown = main window exposed and logged in to the embedded simulator;\n"
                "softphone>sim: the same, logged in to gws-sim running as another process;\n"
                "softphone>30ms: the same, each of gws-sim's answers %d ms later (a network);\n"
                "empty Qt and twinkle shown = their first top-level window mapped.\n",
                kNetworkMs);
    const auto summaryOf = [&](const char *name) -> const Summary * {
        for (size_t i = 0; i < programs.size(); ++i)
            if (programs[i].name == name && sums[i].shownMs > 0 && sums[i].rssMiB > 0)
                return &sums[i];
        return nullptr;
    };
    const Summary &soft = sums[0];
    if (const Summary *floor = summaryOf("empty Qt")) {
        for (const char *name : {"softphone", "softphone>sim"}) {
            const Summary *mine = summaryOf(name);
            if (!mine)
                continue;
            std::printf("%s beside the empty Qt window: first window %.2fx (target at most "
                        "1.15x), shown and logged in %.2fx, CPU to shown %.2fx,\n"
                        "  RSS %+.1f MiB (target at most +12 MiB)\n",
                        name, mine->firstMapMs / floor->firstMapMs, mine->shownMs / floor->shownMs,
                        mine->cpuMs / floor->cpuMs, mine->rssMiB - floor->rssMiB);
        }
    }
    if (const Summary *peer = summaryOf("twinkle")) {
        std::printf("ratio softphone/twinkle: time %.2f, memory %.2f (target: at most 0.50 each);\n"
                    "  first window %.2f, CPU to shown %.2f\n",
                    soft.shownMs / peer->shownMs, soft.rssMiB / peer->rssMiB,
                    soft.firstMapMs / peer->firstMapMs, soft.cpuMs / peer->cpuMs);
    }
    for (pid_t pid : simPids)
        stop(pid);
    XCloseDisplay(display);
    return sums[0].good > 0 ? 0 : 1;
}
