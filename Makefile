# Thin wrapper over CMake: `make run` and `make test` are the two commands in README.md.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)

.PHONY: all deps deps-servers configure build run test bench format clean

all: build

deps:
	@bash cmake/deps.sh

# The real servers the transfer tests push to (sshd, nginx WebDAV, Ceph RGW) and rclone.
deps-servers:
	@bash cmake/deps-servers.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	  cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS); \
	fi

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@$(BUILD_DIR)/app/steward --demo

test: build deps-servers
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
	  ctest --output-on-failure --timeout 600 -j $(JOBS)

bench: build
	@bash bench/stats

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR)
