package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	kjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

// deployDir is the repository's deploy/ directory, from this package's.
const deployDir = "../../deploy"

// kustomization is the part of a Kustomization that these manifests use; decoded strictly, so a
// field outside it (a misspelling, or one this check does not know) fails.
type kustomization struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Labels     []struct {
		Pairs map[string]string `json:"pairs"`
	} `json:"labels"`
	Resources []string `json:"resources"`
	Images    []struct {
		Name    string `json:"name"`
		NewName string `json:"newName"`
		NewTag  string `json:"newTag"`
	} `json:"images"`
}

// manifests is every object of the Kustomize package, each decoded strictly into its
// Kubernetes API type.
type manifests struct {
	deployments []*appsv1.Deployment
	services    []*corev1.Service
	hpas        []*autoscalingv2.HorizontalPodAutoscaler
	pdbs        []*policyv1.PodDisruptionBudget
}

// decodeStrict decodes one YAML document into v as the Kubernetes API server does in strict
// mode: field names match case-sensitively (encoding/json alone would take
// readOnlyRootFileSystem for readOnlyRootFilesystem), and an unknown or duplicated field is an
// error.
func decodeStrict(doc []byte, v any) error {
	j, err := yaml.YAMLToJSONStrict(doc)
	if err != nil {
		return err
	}
	strict, err := kjson.UnmarshalStrict(j, v)
	if err != nil {
		return err
	}
	return errors.Join(strict...)
}

func loadManifests(dir string) (manifests, error) {
	var m manifests
	var errs []error
	b, err := os.ReadFile(filepath.Join(dir, "kustomization.yaml"))
	if err != nil {
		return m, err
	}
	var k kustomization
	if err := decodeStrict(b, &k); err != nil {
		return m, fmt.Errorf("kustomization.yaml: %w", err)
	}
	if k.APIVersion != "kustomize.config.k8s.io/v1beta1" || k.Kind != "Kustomization" {
		errs = append(errs, fmt.Errorf("kustomization.yaml is %s %s", k.APIVersion, k.Kind))
	}
	// Every manifest in the directory is a resource of the package, and every resource exists.
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return m, err
	}
	for _, f := range files {
		if b := filepath.Base(f); b != "kustomization.yaml" && !slices.Contains(k.Resources, b) {
			errs = append(errs, fmt.Errorf("%s is not listed in kustomization.yaml", b))
		}
	}
	for _, res := range k.Resources {
		b, err := os.ReadFile(filepath.Join(dir, res))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for i, doc := range bytes.Split(b, []byte("\n---\n")) {
			var meta struct {
				APIVersion string `json:"apiVersion"`
				Kind       string `json:"kind"`
			}
			if err := yaml.Unmarshal(doc, &meta); err != nil {
				errs = append(errs, fmt.Errorf("%s #%d: %w", res, i, err))
				continue
			}
			var obj any
			switch meta.APIVersion + " " + meta.Kind {
			case "apps/v1 Deployment":
				d := &appsv1.Deployment{}
				m.deployments, obj = append(m.deployments, d), d
			case "v1 Service":
				s := &corev1.Service{}
				m.services, obj = append(m.services, s), s
			case "autoscaling/v2 HorizontalPodAutoscaler":
				h := &autoscalingv2.HorizontalPodAutoscaler{}
				m.hpas, obj = append(m.hpas, h), h
			case "policy/v1 PodDisruptionBudget":
				p := &policyv1.PodDisruptionBudget{}
				m.pdbs, obj = append(m.pdbs, p), p
			default:
				errs = append(errs, fmt.Errorf("%s #%d: unexpected %s %s", res, i, meta.APIVersion, meta.Kind))
				continue
			}
			if err := decodeStrict(doc, obj); err != nil {
				errs = append(errs, fmt.Errorf("%s #%d (%s): %w", res, i, meta.Kind, err))
			}
		}
	}
	return m, errors.Join(errs...)
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// selects reports whether selector (matchLabels) picks a pod with labels.
func selects(selector, labels map[string]string) bool {
	if len(selector) == 0 {
		return false // an empty selector would pick everything: never what is meant here
	}
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

// chorusdArgs parses a container's arguments with chorusd's own flags.
func chorusdArgs(t *testing.T, where string, args []string) *config {
	t.Helper()
	var stderr bytes.Buffer
	cfg, err := parseFlags(args, &stderr)
	if err != nil {
		t.Fatalf("%s: chorusd rejects its arguments %q: %v %s", where, args, err, stderr.String())
	}
	return cfg
}

// The Kubernetes manifests decode strictly into the API types, and refer to each other
// correctly.
func TestKubernetesManifests(t *testing.T) {
	m, err := loadManifests(filepath.Join(deployDir, "kubernetes"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.deployments) != 1 || len(m.hpas) != 1 || len(m.pdbs) != 1 || len(m.services) != 2 {
		t.Fatalf("want one Deployment, HPA and PDB and two Services; have %d, %d, %d, %d",
			len(m.deployments), len(m.hpas), len(m.pdbs), len(m.services))
	}
	d := m.deployments[0]
	pod := d.Spec.Template
	if d.Spec.Selector == nil || !selects(d.Spec.Selector.MatchLabels, pod.Labels) {
		t.Errorf("the Deployment's selector %v does not pick its pods %v", d.Spec.Selector, pod.Labels)
	}
	if len(pod.Spec.Containers) != 1 {
		t.Fatalf("%d containers, want 1", len(pod.Spec.Containers))
	}
	c := pod.Spec.Containers[0]
	cfg := chorusdArgs(t, "Deployment", c.Args)

	// Ports: by name and number.
	ports := map[string]int32{}
	for _, p := range c.Ports {
		ports[p.Name] = p.ContainerPort
	}
	hasPort := func(p intstr.IntOrString) bool {
		if p.Type == intstr.String {
			_, ok := ports[p.StrVal]
			return ok
		}
		return slices.Contains(slicesValues(ports), p.IntVal)
	}
	if listen := portOf(t, cfg.listen); ports["grpc"] != listen {
		t.Errorf("container port grpc %d, but chorusd listens on %d", ports["grpc"], listen)
	}
	if cfg.http.addr != "" && ports["http"] != portOf(t, cfg.http.addr) {
		t.Errorf("container port http %d, but --http is %s", ports["http"], cfg.http.addr)
	}
	if cfg.metrics != "" && ports["metrics"] != portOf(t, cfg.metrics) {
		t.Errorf("container port metrics %d, but --metrics is %s", ports["metrics"], cfg.metrics)
	}

	// Native gRPC probes against the health service, on the gRPC port.
	for name, p := range map[string]*corev1.Probe{"liveness": c.LivenessProbe, "readiness": c.ReadinessProbe, "startup": c.StartupProbe} {
		if p == nil || p.GRPC == nil {
			t.Errorf("%s probe: not a gRPC probe", name)
			continue
		}
		if p.GRPC.Port != ports["grpc"] {
			t.Errorf("%s probe on port %d, not the gRPC port %d", name, p.GRPC.Port, ports["grpc"])
		}
		if s := p.GRPC.Service; s != nil && *s != "" && *s != chorusServiceName {
			t.Errorf("%s probe asks for service %q, which chorusd's health service does not know", name, *s)
		}
	}

	// Graceful termination covers the drain delay, the shutdown timeout and the second chorusd
	// may take after it.
	grace := time.Duration(ptrOr(pod.Spec.TerminationGracePeriodSeconds, 30)) * time.Second
	if need := cfg.drain + cfg.grace + time.Second; grace < need {
		t.Errorf("terminationGracePeriodSeconds %v < --drain-delay %v + --shutdown-timeout %v + 1 s", grace, cfg.drain, cfg.grace)
	}

	// Resources: requests and limits for CPU and memory, requests within limits.
	for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		req, okReq := c.Resources.Requests[r]
		lim, okLim := c.Resources.Limits[r]
		if !okReq || !okLim {
			t.Errorf("%s: request and limit both needed", r)
			continue
		}
		if req.Cmp(lim) > 0 {
			t.Errorf("%s request %v above its limit %v", r, req.String(), lim.String())
		}
	}

	// Security: non-root, read-only root filesystem, no privilege escalation, no capabilities.
	sc, psc := c.SecurityContext, pod.Spec.SecurityContext
	switch {
	case sc == nil || psc == nil:
		t.Error("no security context")
	case !ptrOr(psc.RunAsNonRoot, false) && !ptrOr(sc.RunAsNonRoot, false):
		t.Error("runAsNonRoot is not set")
	case ptrOr(psc.RunAsUser, 0) == 0 && ptrOr(sc.RunAsUser, 0) == 0:
		t.Error("no non-root runAsUser (the image's user is numeric, but say it)")
	case !ptrOr(sc.ReadOnlyRootFilesystem, false):
		t.Error("readOnlyRootFilesystem is not set")
	case ptrOr(sc.AllowPrivilegeEscalation, true):
		t.Error("allowPrivilegeEscalation is not false")
	case sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL"):
		t.Error("capabilities are not all dropped")
	}

	// Services: one headless (client-side balancing) and one regular, both on the pods' ports.
	var headless, regular int
	for _, s := range m.services {
		if !selects(s.Spec.Selector, pod.Labels) {
			t.Errorf("Service %s selects %v, not the pods %v", s.Name, s.Spec.Selector, pod.Labels)
		}
		for _, p := range s.Spec.Ports {
			if !hasPort(p.TargetPort) {
				t.Errorf("Service %s port %s targets %v, which the container does not have", s.Name, p.Name, p.TargetPort.String())
			}
		}
		if s.Spec.ClusterIP == corev1.ClusterIPNone {
			headless++
		} else {
			regular++
		}
	}
	if headless != 1 || regular != 1 {
		t.Errorf("%d headless and %d regular Services, want one of each", headless, regular)
	}

	// The autoscaler scales this Deployment, on CPU; the budget covers its pods.
	h := m.hpas[0]
	if ref := h.Spec.ScaleTargetRef; ref.APIVersion != "apps/v1" || ref.Kind != "Deployment" || ref.Name != d.Name {
		t.Errorf("the HPA scales %v, not Deployment %s", ref, d.Name)
	}
	if ptrOr(h.Spec.MinReplicas, 1) < 2 || h.Spec.MaxReplicas < ptrOr(h.Spec.MinReplicas, 1) {
		t.Errorf("HPA replicas %d..%d: want at least 2 (one to drain while another serves)", ptrOr(h.Spec.MinReplicas, 1), h.Spec.MaxReplicas)
	}
	p := m.pdbs[0]
	if p.Spec.Selector == nil || !selects(p.Spec.Selector.MatchLabels, pod.Labels) {
		t.Errorf("the PDB selects %v, not the pods %v", p.Spec.Selector, pod.Labels)
	}
	if p.Spec.MinAvailable == nil && p.Spec.MaxUnavailable == nil {
		t.Error("the PDB sets neither minAvailable nor maxUnavailable")
	}
}

// chorusServiceName is the service chorusd's health service reports besides "".
const chorusServiceName = "chorus.v1.Chorus"

func slicesValues(m map[string]int32) []int32 {
	var out []int32
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func ptrOr[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// portOf is the port of host:port.
func portOf(t *testing.T, addr string) int32 {
	t.Helper()
	var port int32
	i := strings.LastIndex(addr, ":")
	if _, err := fmt.Sscanf(addr[i+1:], "%d", &port); i < 0 || err != nil {
		t.Fatalf("no port in %q", addr)
	}
	return port
}

// A misspelled field fails the strict decoding (the check of the check).
func TestKubernetesManifestsRejectUnknownFields(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(deployDir, "kubernetes")
	files, err := filepath.Glob(filepath.Join(src, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b := readFile(t, f)
		switch filepath.Base(f) {
		case "deployment.yaml": // a letter's case
			b = bytes.Replace(b, []byte("readOnlyRootFilesystem:"), []byte("readOnlyRootFileSystem:"), 1)
		case "hpa.yaml": // a letter left out
			b = bytes.Replace(b, []byte("minReplicas:"), []byte("minReplica:"), 1)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err = loadManifests(dir)
	for _, field := range []string{"readOnlyRootFileSystem", "minReplica"} {
		if err == nil || !strings.Contains(err.Error(), "."+field+`"`) {
			t.Errorf("the misspelled field %s was accepted: %v", field, err)
		}
	}
}

// The compose file runs the image with arguments chorusd accepts and a stop grace that
// covers its shutdown timeout.
func TestComposeFile(t *testing.T) {
	var c struct {
		Name     string `json:"name"`
		Services map[string]struct {
			Image           string   `json:"image"`
			Command         []string `json:"command"`
			Ports           []string `json:"ports"`
			Restart         string   `json:"restart"`
			StopSignal      string   `json:"stop_signal"`
			StopGracePeriod string   `json:"stop_grace_period"`
			ReadOnly        bool     `json:"read_only"`
			User            string   `json:"user"`
			CapDrop         []string `json:"cap_drop"`
			SecurityOpt     []string `json:"security_opt"`
			Healthcheck     struct {
				Test        []string `json:"test"`
				Interval    string   `json:"interval"`
				Timeout     string   `json:"timeout"`
				Retries     int      `json:"retries"`
				StartPeriod string   `json:"start_period"`
			} `json:"healthcheck"`
			Deploy struct {
				Resources struct {
					Limits struct {
						CPUs   string `json:"cpus"`
						Memory string `json:"memory"`
					} `json:"limits"`
				} `json:"resources"`
			} `json:"deploy"`
		} `json:"services"`
	}
	if err := decodeStrict(readFile(t, filepath.Join(deployDir, "compose", "compose.yaml")), &c); err != nil {
		t.Fatal(err)
	}
	s, ok := c.Services["chorusd"]
	if !ok {
		t.Fatal("no chorusd service")
	}
	cfg := chorusdArgs(t, "compose", s.Command)
	stop, err := time.ParseDuration(s.StopGracePeriod)
	if err != nil || stop < cfg.drain+cfg.grace+time.Second {
		t.Errorf("stop_grace_period %q does not cover --drain-delay %v + --shutdown-timeout %v + 1 s", s.StopGracePeriod, cfg.drain, cfg.grace)
	}
	if got := s.Healthcheck.Test; len(got) < 3 || got[0] != "CMD" || got[1] != "/chorusd" || got[2] != "health" {
		t.Errorf("healthcheck %q does not run chorusd health", got)
	}
	want := fmt.Sprintf(":%d:%d", portOf(t, cfg.listen), portOf(t, cfg.listen))
	if !slices.ContainsFunc(s.Ports, func(p string) bool { return strings.HasSuffix(p, want) }) {
		t.Errorf("ports %q do not publish the gRPC port (%s)", s.Ports, want)
	}
}

// execStart is the first ExecStart= line of a unit.
var execStart = regexp.MustCompile(`(?m)^ExecStart=(\S+)(.*)$`)

// The systemd unit's chorusd arguments are ones chorusd accepts, and its stop timeout covers the
// shutdown timeout.
func TestSystemdUnitArgs(t *testing.T) {
	unit := string(readFile(t, filepath.Join(deployDir, "systemd", "chorusd.service")))
	m := execStart.FindStringSubmatch(unit)
	if m == nil {
		t.Fatal("no ExecStart")
	}
	cfg := chorusdArgs(t, "systemd", strings.Fields(m[2]))
	stop := regexp.MustCompile(`(?m)^TimeoutStopSec=(\S+)$`).FindStringSubmatch(unit)
	if stop == nil {
		t.Fatal("no TimeoutStopSec")
	}
	d, err := time.ParseDuration(stop[1])
	if err != nil || d < cfg.drain+cfg.grace+time.Second {
		t.Errorf("TimeoutStopSec=%s does not cover --drain-delay %v + --shutdown-timeout %v + 1 s", stop[1], cfg.drain, cfg.grace)
	}
	for _, want := range []string{"NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes", "DynamicUser=yes"} {
		if !strings.Contains(unit, "\n"+want+"\n") {
			t.Errorf("the unit lacks %s", want)
		}
	}
}

// The systemd unit passes systemd-analyze verify with no complaint about it (an unknown or
// misspelled directive is only a warning there, so any line naming the unit fails), and its
// hardening scores an exposure of at most 2.0 of 10 in systemd-analyze security. make test
// installs systemd (the package with systemd-analyze); no running systemd is needed.
func TestSystemdUnitVerifies(t *testing.T) {
	tool, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Fatalf("systemd-analyze is needed (Debian package systemd; make test installs it): %v", err)
	}
	// verify checks that ExecStart's program exists: point it at an executable that does (this
	// test binary) under a unit of the same name.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	unit := strings.Replace(string(readFile(t, filepath.Join(deployDir, "systemd", "chorusd.service"))),
		"ExecStart=/usr/local/bin/chorusd ", "ExecStart="+exe+" ", 1)
	if !strings.Contains(unit, exe) {
		t.Fatal("the unit does not start /usr/local/bin/chorusd")
	}
	path := filepath.Join(t.TempDir(), "chorusd.service")
	if err := os.WriteFile(path, []byte(unit), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "verify", path).CombinedOutput()
	if err != nil {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "chorusd.service") {
			t.Errorf("systemd-analyze verify: %s", l)
		}
	}
	out, err = exec.Command(tool, "security", "--offline=true", "--threshold=20", path).CombinedOutput()
	if err != nil {
		t.Errorf("systemd-analyze security: exposure above 2.0 (%v):\n%s", err, out)
	}
	t.Logf("%s", lastLine(out))
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}
