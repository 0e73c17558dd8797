// ka-render: renders Helm charts and Kustomize overlays offline with Helm's and Kustomize's own Go code, for the Kube
// Apprenti language server and CLI. It stays alive beside them and answers one JSON request per line on stdin with
// one JSON response per line on stdout, so a render costs milliseconds instead of a process start.
//
// Requests:
//
//	{"id":1,"op":"ping"}
//	{"id":2,"op":"helm","chart":"/abs/chart","values":["/abs/values-dev.yaml"],"set":["a.b=c"],
//	 "release":"r","namespace":"default","kubeVersion":"1.36.3","timeoutMs":5000}
//	{"id":3,"op":"kustomize","dir":"/abs/overlay","timeoutMs":5000}
//	{"id":4,"op":"create","name":"monsterchart","dir":"/abs/parent"}   (helm create's scaffolding)
//
// "helm" and "kustomize" accept "files": {"/abs/path": "text"}, texts used instead of the files on disk (the
// editor's unsaved buffers).
//
// A render that exceeds its time limit is answered with a "timeout" error and the process exits (Go cannot stop a
// running template or kustomization): the caller starts a new one.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
	"time"

	"helm.sh/helm/v4/pkg/chart/common"
	chartutil "helm.sh/helm/v4/pkg/chart/common/util"
	chart "helm.sh/helm/v4/pkg/chart/v2"
	"helm.sh/helm/v4/pkg/chart/v2/loader"
	createutil "helm.sh/helm/v4/pkg/chart/v2/util"
	"helm.sh/helm/v4/pkg/engine"
	"helm.sh/helm/v4/pkg/strvals"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/api/types"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// Version is set at build time (-X main.Version=…): the Helm and Kustomize module versions.
var Version = "dev"

type request struct {
	ID          int64    `json:"id"`
	Op          string   `json:"op"`
	Chart       string   `json:"chart,omitempty"`
	Values      []string `json:"values,omitempty"`
	Set         []string `json:"set,omitempty"`
	Release     string   `json:"release,omitempty"`
	Namespace   string   `json:"namespace,omitempty"`
	KubeVersion string   `json:"kubeVersion,omitempty"`
	Dir         string   `json:"dir,omitempty"`
	Name        string   `json:"name,omitempty"`
	TimeoutMs   int      `json:"timeoutMs,omitempty"`
	// Files: texts that replace the files on disk (absolute path → text), the editor's unsaved buffers.
	Files map[string]string `json:"files,omitempty"`
}

// renderedFile is one template's output (Helm) or the whole build (Kustomize, name "").
type renderedFile struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

type failure struct {
	// Kind: "template" (Helm parse/exec), "values", "chart", "kustomize", "timeout", "request", "internal".
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

type response struct {
	ID      int64          `json:"id"`
	Version string         `json:"version,omitempty"`
	Files   []renderedFile `json:"files,omitempty"`
	Values  map[string]any `json:"values,omitempty"`
	Path    string         `json:"path,omitempty"`
	Error   *failure       `json:"error,omitempty"`
	Ms      float64        `json:"ms"`
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Println(Version)
		return
	}
	in := bufio.NewReaderSize(waitingReader{os.Stdin}, 1<<20)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	for {
		line, err := in.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var req request
			var res response
			if jerr := json.Unmarshal(line, &req); jerr != nil {
				res = response{Error: &failure{Kind: "request", Message: jerr.Error()}}
			} else {
				res = handle(req)
			}
			_ = enc.Encode(res)
			_ = out.Flush()
			if res.Error != nil && res.Error.Kind == "timeout" {
				os.Exit(3)
			}
		}
		if err != nil {
			return
		}
	}
}

// waitingReader waits for input instead of failing when the input is non-blocking and empty: under Node's WASI
// (the WebAssembly fallback, GOOS=wasip1) a read of an empty stdin pipe returns EAGAIN, which would end the loop.
type waitingReader struct{ r io.Reader }

func (w waitingReader) Read(p []byte) (int, error) {
	pause := time.Millisecond
	for {
		n, err := w.r.Read(p)
		if n == 0 && err != nil && errors.Is(err, syscall.EAGAIN) {
			time.Sleep(pause)
			if pause < 20*time.Millisecond {
				pause *= 2
			}
			continue
		}
		return n, err
	}
}

// handle runs one request with its time limit; a panic in Helm or Kustomize becomes an "internal" error.
func handle(req request) response {
	start := time.Now()
	limit := time.Duration(req.TimeoutMs) * time.Millisecond
	if limit <= 0 {
		limit = 10 * time.Second
	}
	done := make(chan response, 1)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- response{Error: &failure{Kind: "internal", Message: fmt.Sprintf("%v\n%s", p, debug.Stack())}}
			}
		}()
		done <- dispatch(ctx, req)
	}()
	var res response
	select {
	case res = <-done:
	case <-ctx.Done():
		res = response{Error: &failure{Kind: "timeout", Message: fmt.Sprintf("render exceeded %d ms", limit.Milliseconds())}}
	}
	res.ID = req.ID
	res.Ms = float64(time.Since(start).Microseconds()) / 1000
	return res
}

func dispatch(ctx context.Context, req request) response {
	switch req.Op {
	case "ping":
		return response{Version: Version}
	case "helm":
		return renderChart(ctx, req)
	case "kustomize":
		return buildKustomization(req)
	case "create":
		return createChart(req)
	default:
		return response{Error: &failure{Kind: "request", Message: "unknown op " + req.Op}}
	}
}

func renderChart(ctx context.Context, req request) response {
	chrt, err := loader.LoadDir(req.Chart)
	if err != nil {
		return response{Error: &failure{Kind: "chart", Message: err.Error()}}
	}
	if err := applyOverrides(chrt, req.Chart, req.Files); err != nil {
		return response{Error: &failure{Kind: "values", Message: err.Error()}}
	}
	user := map[string]any{}
	for _, f := range req.Values {
		raw, err := readWithOverrides(f, req.Files)
		if err != nil {
			return response{Error: &failure{Kind: "values", Message: err.Error()}}
		}
		current, err := loader.LoadValues(strings.NewReader(string(raw)))
		if err != nil {
			return response{Error: &failure{Kind: "values", Message: fmt.Sprintf("%s: %v", f, err)}}
		}
		user = loader.MergeMaps(user, current)
	}
	for _, s := range req.Set {
		if err := strvals.ParseInto(s, user); err != nil {
			return response{Error: &failure{Kind: "values", Message: fmt.Sprintf("--set %s: %v", s, err)}}
		}
	}
	caps := common.DefaultCapabilities.Copy()
	if req.KubeVersion != "" {
		kv, err := common.ParseKubeVersion(req.KubeVersion)
		if err != nil {
			return response{Error: &failure{Kind: "request", Message: err.Error()}}
		}
		caps.KubeVersion = *kv
	}
	release := req.Release
	if release == "" {
		release = "release-name"
	}
	ns := req.Namespace
	if ns == "" {
		ns = "default"
	}
	opts := common.ReleaseOptions{Name: release, Namespace: ns, Revision: 1, IsInstall: true}
	vals, err := chartutil.ToRenderValues(chrt, user, opts, caps)
	if err != nil {
		return response{Error: &failure{Kind: "values", Message: err.Error()}}
	}
	rendered, err := engine.Engine{}.RenderWithContext(ctx, chrt, vals)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return response{Error: &failure{Kind: "timeout", Message: err.Error()}}
		}
		return response{Error: &failure{Kind: "template", Message: err.Error()}}
	}
	files := make([]renderedFile, 0, len(rendered))
	for name, text := range rendered {
		base := filepath.Base(name)
		// As `helm template`: partials and NOTES.txt are not manifests.
		if strings.HasPrefix(base, "_") || strings.EqualFold(base, "NOTES.txt") {
			continue
		}
		files = append(files, renderedFile{Name: name, Text: text})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	var coalesced map[string]any
	if v, ok := vals["Values"].(common.Values); ok {
		coalesced = v
	} else if v, ok := vals["Values"].(map[string]any); ok {
		coalesced = v
	}
	return response{Files: files, Values: coalesced}
}

func readWithOverrides(path string, files map[string]string) ([]byte, error) {
	if t, ok := files[path]; ok {
		return []byte(t), nil
	}
	return os.ReadFile(path)
}

// applyOverrides puts the editor's texts of a chart's templates, files and values.yaml in place of the disk's.
func applyOverrides(c *chart.Chart, dir string, files map[string]string) error {
	if len(files) == 0 {
		return nil
	}
	for _, list := range [][]*common.File{c.Templates, c.Raw, c.Files} {
		for _, f := range list {
			if t, ok := files[filepath.Join(dir, filepath.FromSlash(f.Name))]; ok {
				f.Data = []byte(t)
			}
		}
	}
	if t, ok := files[filepath.Join(dir, "values.yaml")]; ok {
		v, err := loader.LoadValues(strings.NewReader(t))
		if err != nil {
			return fmt.Errorf("values.yaml: %w", err)
		}
		c.Values = v
	}
	return nil
}

// originFS forces `buildMetadata: [originAnnotations]` into every kustomization it reads, so each output object
// says which file it came from (config.kubernetes.io/origin), without touching the student's files.
type originFS struct {
	filesys.FileSystem
	files map[string]string
}

func (o originFS) ReadFile(path string) ([]byte, error) {
	var data []byte
	var err error
	if t, ok := o.files[path]; ok {
		data = []byte(t)
	} else if data, err = o.FileSystem.ReadFile(path); err != nil {
		return data, err
	}
	switch filepath.Base(path) {
	case "kustomization.yaml", "kustomization.yml", "Kustomization":
		text := strings.TrimSpace(string(data))
		if !strings.HasPrefix(text, "{") && !strings.Contains(text, "buildMetadata") {
			return append(append([]byte{}, data...), []byte("\nbuildMetadata: [originAnnotations]\n")...), nil
		}
	}
	return data, nil
}

func buildKustomization(req request) response {
	opts := krusty.MakeDefaultOptions()
	opts.LoadRestrictions = types.LoadRestrictionsRootOnly
	k := krusty.MakeKustomizer(opts)
	m, err := k.Run(originFS{filesys.MakeFsOnDisk(), req.Files}, req.Dir)
	if err != nil {
		return response{Error: &failure{Kind: "kustomize", Message: err.Error()}}
	}
	y, err := m.AsYaml()
	if err != nil {
		return response{Error: &failure{Kind: "kustomize", Message: err.Error()}}
	}
	return response{Files: []renderedFile{{Name: "", Text: string(y)}}}
}

func createChart(req request) response {
	p, err := createutil.Create(req.Name, req.Dir)
	if err != nil {
		return response{Error: &failure{Kind: "chart", Message: err.Error()}}
	}
	return response{Path: p}
}
